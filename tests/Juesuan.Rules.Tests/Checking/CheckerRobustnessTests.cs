using System.Text;
using Juesuan.Documents.Reading;
using Juesuan.Rules.Checking;
using Juesuan.Tests.Shared;

namespace Juesuan.Rules.Tests.Checking;

/// <summary>
/// The audit never throws on what a reader produced: seeds with lines deleted, duplicated,
/// digits and punctuation scrambled, or cut short are read and checked (fixed seed, fixed budget).
/// </summary>
public class CheckerRobustnessTests
{
    private const int MutantsPerSeed = 25;

    public static TheoryData<string> SeedNumbers() => ["000", "001", "003", "004"];

    [Theory]
    [MemberData(nameof(SeedNumbers))]
    public void Check_MutatedSeed_NeverThrowsAndKeepsFindingsLocated(string seed)
    {
        var lines = File.ReadAllLines(TestPaths.Seed(seed));
        var rng = new Random(seed.GetHashCode(StringComparison.Ordinal) ^ 20261128);
        var checker = new Checker();
        for (var n = 0; n < MutantsPerSeed; n++)
        {
            var mutant = Mutate(lines, rng);
            var read = DisclosureReader.Read($"mutant-{seed}-{n}.txt", Encoding.UTF8.GetBytes(string.Join('\n', mutant)));
            if (!read.Succeeded)
            {
                continue; // an unreadable mutant is the reader's business, covered by its own tests
            }

            var report = checker.Check(read.Disclosure!);
            Assert.All(report.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
            Assert.All(report.NotChecked, x => Assert.False(string.IsNullOrWhiteSpace(x.Reason)));
        }
    }

    private static List<string> Mutate(string[] lines, Random rng)
    {
        var list = lines.ToList();
        for (var k = rng.Next(1, 12); k > 0 && list.Count > 2; k--)
        {
            var i = rng.Next(list.Count);
            switch (rng.Next(6))
            {
                case 0:
                    list.RemoveAt(i);
                    break;
                case 1:
                    list.Insert(i, list[rng.Next(list.Count)]);
                    break;
                case 2:
                    list[i] = new string(list[i].Select(c => char.IsAsciiDigit(c) && rng.Next(3) == 0 ? (char)('0' + rng.Next(10)) : c).ToArray());
                    break;
                case 3:
                    list[i] = list[i].Replace("。", "，", StringComparison.Ordinal).Replace("万元", "元", StringComparison.Ordinal);
                    break;
                case 4:
                    list[i] = list[i].Length > 2 ? list[i][..rng.Next(list[i].Length)] : string.Empty;
                    break;
                default:
                    list.RemoveRange(i, Math.Min(list.Count - i, rng.Next(1, 80)));
                    break;
            }
        }

        return list;
    }
}
