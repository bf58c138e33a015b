using Juesuan.Documents.Reading;
using Juesuan.Domain.Disclosures;
using Juesuan.Tests.Shared;

namespace Juesuan.Documents.Tests.Seeds;

/// <summary>Reads each seed once for all the tests that look at it.</summary>
public static class SeedDocuments
{
    private static readonly Dictionary<string, Disclosure> Cache = [];

    public static Disclosure Get(string number)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(number, out var d))
            {
                var result = DisclosureReader.Read(TestPaths.Seed(number));
                Assert.True(result.Succeeded, result.Failure?.ToString());
                d = result.Disclosure!;
                Cache[number] = d;
            }

            return d;
        }
    }
}
