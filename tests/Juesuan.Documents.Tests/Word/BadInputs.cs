using System.IO.Compression;
using System.Text;

namespace Juesuan.Documents.Tests.Word;

/// <summary>Damaged, foreign and hostile files for the Word and Excel readers.</summary>
internal static class BadInputs
{
    public static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return ms.ToArray();
    }

    /// <summary>A zip whose one entry inflates to <paramref name="bytes"/> bytes of XML whitespace.</summary>
    public static byte[] Bomb(string entryName, long bytes)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open();
            s.Write("<a>"u8);
            var blank = new byte[1 << 20];
            Array.Fill(blank, (byte)' ');
            for (long n = 0; n < bytes; n += blank.Length)
            {
                s.Write(blank);
            }

            s.Write("</a>"u8);
        }

        return ms.ToArray();
    }

    /// <summary>An XML part nested <paramref name="depth"/> elements deep.</summary>
    public static string Deep(int depth) =>
        string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth));

    /// <summary>The start of an OLE compound file, with or without an EncryptedPackage stream name.</summary>
    public static byte[] Compound(bool encrypted)
    {
        var bytes = new byte[4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        var name = Encoding.Unicode.GetBytes(encrypted ? "EncryptedPackage" : "WordDocument");
        name.CopyTo(bytes, 1024);
        return bytes;
    }

    private static readonly string[] OddValues =
        ["", "-1", "0", "2147483648", "99999999999", "1E308", "NaN", "abc", "XFD1048576", "A1:XFD1048576", "B2:A1", "restart", "continue", "宋体", "#,##0.00", "1.5"];

    /// <summary>
    /// Mutations of a valid file, by iteration: flipped raw bytes of the zip (mostly breaking
    /// the deflate streams); flipped bytes of the inflated XML of one entry, zipped again (the
    /// parsers see damaged XML); attribute values of one entry replaced with odd values
    /// (well-formed XML with out-of-range numbers, references and enumerations).
    /// </summary>
    public static byte[] Mutate(byte[] valid, Random random, int iteration)
    {
        if (iteration % 3 == 0)
        {
            var bytes = (byte[])valid.Clone();
            var flips = random.Next(1, 9);
            for (var i = 0; i < flips; i++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            return random.Next(10) == 0 ? bytes[..random.Next(bytes.Length)] : bytes;
        }

        using var input = new ZipArchive(new MemoryStream(valid), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e =>
        {
            using var s = e.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            return (e.FullName, Bytes: copy.ToArray());
        }).ToList();
        var target = random.Next(entries.Count);
        var data = entries[target].Bytes;
        if (iteration % 3 == 2)
        {
            var xml = Encoding.UTF8.GetString(data);
            var values = System.Text.RegularExpressions.Regex.Matches(xml, "=\"([^\"]*)\"");
            var sb = new StringBuilder(xml);
            foreach (var m in values.Where(_ => random.Next(4) == 0).Reverse())
            {
                var g = m.Groups[1];
                sb.Remove(g.Index, g.Length).Insert(g.Index, OddValues[random.Next(OddValues.Length)]);
            }

            entries[target] = (entries[target].FullName, Encoding.UTF8.GetBytes(sb.ToString()));
        }
        else if (data.Length > 0)
        {
            var edits = random.Next(1, 6);
            for (var i = 0; i < edits; i++)
            {
                var at = random.Next(data.Length);
                data[at] = random.Next(3) switch
                {
                    0 => (byte)random.Next(256),
                    1 => (byte)"0123456789<>/\"= -"[random.Next(17)],
                    _ => data[random.Next(data.Length)],
                };
            }
        }

        using var ms = new MemoryStream();
        using (var output = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = output.CreateEntry(name).Open();
                s.Write(content);
            }
        }

        return ms.ToArray();
    }
}
