using System.Diagnostics;
using Juesuan.Documents.Reading;
using Juesuan.Documents.Samples;
using Juesuan.Documents.Writing;
using Juesuan.Tests.Shared;

namespace Juesuan.Documents.Tests.Robustness;

/// <summary>
/// Mutated, truncated and random inputs of every format go through the whole reading path
/// (format detection, reader, interpreter) without an exception and within a time bound; they
/// give a model or a failure diagnostic. The budget is fixed (seeded mutations, bounded count).
/// </summary>
public class MutationFuzzTests
{
    private const int MutationsPerInput = 60;
    private static readonly TimeSpan PerReadLimit = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Inputs => new(["txt", "docx", "xlsx", "pdf"]);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Read_MutatedInput_NeverThrowsOrHangs(string format)
    {
        var (name, original) = Sample(format);
        var random = new Random(20261128);
        for (var i = 0; i < MutationsPerInput; i++)
        {
            var bytes = Mutate(original, random, i);
            AssertReadsSafely(name, bytes);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Read_TruncatedInput_NeverThrows(string format)
    {
        var (name, original) = Sample(format);
        foreach (var fraction in new[] { 0.0, 0.01, 0.1, 0.33, 0.5, 0.9, 0.999 })
        {
            AssertReadsSafely(name, original[..(int)(original.Length * fraction)]);
        }
    }

    [Fact]
    public void Read_RandomBytesUnderEveryExtension_GivesFailureOrModel()
    {
        var random = new Random(7);
        foreach (var ext in new[] { ".txt", ".docx", ".xlsx", ".pdf", ".bin", "" })
        {
            for (var i = 0; i < 10; i++)
            {
                var bytes = new byte[random.Next(0, 5000)];
                random.NextBytes(bytes);
                AssertReadsSafely("random" + ext, bytes);
            }
        }
    }

    [Fact]
    public void Read_OverSizeLimit_IsRefusedWithoutReading()
    {
        var result = DisclosureReader.Read("big.txt", new byte[2048], new ReadOptions { MaxBytes = 1024 });
        Assert.Equal("JS0003", result.Failure!.Code);
    }

    private static void AssertReadsSafely(string name, byte[] bytes)
    {
        var watch = Stopwatch.StartNew();
        var task = Task.Run(() => DisclosureReader.Read(name, bytes));
        Assert.True(task.Wait(PerReadLimit), $"{name} ({bytes.Length} bytes) did not finish within {PerReadLimit}");
        var result = task.Result;
        Assert.True(result.Succeeded || result.Failure is not null);
        Assert.True(watch.Elapsed < PerReadLimit);
    }

    private static byte[] Mutate(byte[] original, Random random, int round)
    {
        var bytes = original.ToArray();
        switch (round % 4)
        {
            case 0:
                for (var k = 0; k < 1 + random.Next(8); k++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                return bytes;
            case 1:
                var start = random.Next(bytes.Length);
                var length = Math.Min(bytes.Length - start, random.Next(1, 400));
                return [.. bytes[..start], .. bytes[(start + length)..]];
            case 2:
                var at = random.Next(bytes.Length);
                var junk = new byte[random.Next(1, 200)];
                random.NextBytes(junk);
                return [.. bytes[..at], .. junk, .. bytes[at..]];
            default:
                var from = random.Next(bytes.Length);
                var to = random.Next(bytes.Length);
                var span = Math.Min(Math.Min(bytes.Length - from, bytes.Length - to), random.Next(1, 2000));
                Array.Copy(original, from, bytes, to, span);
                return bytes;
        }
    }

    private static (string Name, byte[] Bytes) Sample(string format)
    {
        var sample = SampleDisclosure.Create();
        using var ms = new MemoryStream();
        switch (format)
        {
            case "txt":
                return ("seed.txt", File.ReadAllBytes(TestPaths.Seed("001")));
            case "docx":
                DisclosureFiles.WriteDocx(sample, ms);
                return ("sample.docx", ms.ToArray());
            case "xlsx":
                DisclosureFiles.WriteXlsx(sample, ms);
                return ("sample.xlsx", ms.ToArray());
            default:
                return ("corpus.pdf", File.ReadAllBytes(TestPaths.CorpusPdf("shanghai-putuo-2024-shehuigongzuobu.pdf")));
        }
    }
}
