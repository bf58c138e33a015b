using System.Collections.Concurrent;
using Juesuan.Documents.Layout;
using Juesuan.Documents.Pdf;

namespace Juesuan.Documents.Tests.Pdf;

/// <summary>The Shanghai PDFs of the shared corpus, each read once per test run.</summary>
internal static class PdfCorpus
{
    public const string Caizhengju = "shanghai-putuo-2024-caizhengju.pdf";
    public const string Guihua = "shanghai-putuo-2024-guihuaziyuanju.pdf";
    public const string Shehui = "shanghai-putuo-2024-shehuigongzuobu.pdf";
    public const string Defects = "shanghai-putuo-2024-caizhengju-defects-injected.pdf";
    public const string Template = "shanghai-2024-template.pdf";

    private static readonly ConcurrentDictionary<string, LayoutDocument> Cache = new(StringComparer.Ordinal);

    public static string PathOf(string name) => Path.Combine(RepoRoot(), "..", "shared", "corpus", "pdf", name);

    public static LayoutDocument Read(string name) => Cache.GetOrAdd(name, n =>
    {
        var path = PathOf(n);
        using var stream = File.OpenRead(path);
        return PdfLayoutReader.Read(path, stream);
    });

    /// <summary>The first table after the paragraph whose text is exactly <paramref name="title"/>.</summary>
    public static LayoutTable TableAfter(LayoutDocument doc, string title)
    {
        var i = doc.Blocks.ToList().FindIndex(b => b is LayoutParagraph p && p.Text == title);
        Assert.True(i >= 0, $"no paragraph “{title}”");
        return doc.Blocks.Skip(i + 1).OfType<LayoutTable>().First();
    }

    /// <summary>The blocks between the paragraph <paramref name="from"/> and the paragraph <paramref name="to"/>.</summary>
    public static List<LayoutBlock> Between(LayoutDocument doc, string from, string to)
    {
        var blocks = doc.Blocks.ToList();
        var i = blocks.FindIndex(b => b is LayoutParagraph p && p.Text == from);
        var j = blocks.FindIndex(i + 1, b => b is LayoutParagraph p && p.Text == to);
        Assert.True(i >= 0 && j > i, $"no “{from}” … “{to}”");
        return blocks.GetRange(i + 1, j - i - 1);
    }

    public static string[] Texts(LayoutRow row) => row.Cells.Select(c => c.Text).ToArray();

    /// <summary>Rows whose cells start with the given texts.</summary>
    public static List<string[]> RowsStartingWith(LayoutTable table, params string[] first) =>
        table.Rows.Select(Texts).Where(t => t.Length >= first.Length && first.SequenceEqual(t.Take(first.Length))).ToList();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Juesuan.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Juesuan.slnx not found above " + AppContext.BaseDirectory);
    }
}
