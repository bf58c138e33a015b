using Juesuan.Domain.Classification;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Documents.Samples;

/// <summary>
/// Generates consistent synthetic disclosures: random function items from the catalog,
/// random 三公 and prior-year figures, every table and sentence derived from them. The same
/// seed gives the same document. Used to measure the audit's recall (with
/// <see cref="DefectInjector"/>) and false alarms, and for demo data.
/// </summary>
public static class SyntheticDisclosure
{
    private static readonly string[] Departments = ["示例县教育局", "示例县卫生健康局", "示例县农业农村局", "示例县司法局", "示例县统计局", "示例县民政局", "示例县文化旅游局", "示例县水利局"];

    /// <summary>A disclosure built from random figures drawn with <paramref name="seed"/>.</summary>
    public static Disclosure Generate(int seed, int year = 2024) => SampleDisclosure.Build(Spec(seed, year));

    /// <summary>The random figures for <paramref name="seed"/>.</summary>
    public static SampleSpec Spec(int seed, int year = 2024)
    {
        var rng = new Random(seed);
        var catalog = Catalog.For(ClassificationKind.Function, year);
        var leaves = catalog.Entries.Where(e => e.Code.Level == 3 && catalog.Find(e.Code.Digits[..5]) is not null && catalog.Find(e.Code.Digits[..3]) is not null).ToList();
        var count = rng.Next(3, 9);
        var items = new List<(string, decimal, decimal)>();
        foreach (var leaf in leaves.OrderBy(_ => rng.Next()).Take(count))
        {
            var basic = rng.Next(4) == 0 ? 0m : Money(rng, 5, 900);
            var project = rng.Next(3) == 0 ? Money(rng, 1, 300) : 0m;
            if (basic + project == 0)
            {
                basic = Money(rng, 5, 300);
            }

            items.Add((leaf.Code.Digits, basic, project));
        }

        if (items.All(i => i.Item2 == 0))
        {
            items[0] = (items[0].Item1, Money(rng, 50, 500), items[0].Item3);
        }

        var total = items.Sum(i => i.Item2 + i.Item3);
        var basicTotal = items.Sum(i => i.Item2);
        var reception = (Budget: Money(rng, 1, 6), Actual: 0m);
        reception.Actual = Math.Min(reception.Budget, Money(rng, 0.5, 5));
        var cars = (Budget: Money(rng, 2, 12), Actual: 0m);
        cars.Actual = Math.Min(cars.Budget, Money(rng, 1, 10));
        var abroad = rng.Next(5) == 0 ? (6.00m, Money(rng, 1, 5)) : (0m, 0m);

        // The basic table needs room for 三公 items inside 公用经费 (about a quarter of basic spending).
        var room = basicTotal * 0.15m;
        var scale = reception.Actual + cars.Actual + abroad.Item2 > room && room > 0 ? room / (reception.Actual + cars.Actual + abroad.Item2 + 1) : 1m;
        reception = (reception.Budget, decimal.Round(reception.Actual * scale, 2));
        cars = (cars.Budget, decimal.Round(cars.Actual * scale, 2));
        abroad = (abroad.Item1, decimal.Round(abroad.Item2 * scale, 2));

        return new SampleSpec
        {
            Department = Departments[rng.Next(Departments.Length)],
            Year = year,
            Items = items,
            Reception = reception,
            CarRunning = cars,
            Abroad = abroad,
            PriorTotal = decimal.Round(total * (0.75m + ((decimal)rng.NextDouble() * 0.5m)), 2),
            InitialBudget = decimal.Round(total * (0.85m + ((decimal)rng.NextDouble() * 0.3m)), 2),
            PriorThreePublic = Money(rng, 3, 20),
            PriorOperating = decimal.Round(basicTotal * (0.2m + ((decimal)rng.NextDouble() * 0.2m)), 2),
            ReceptionCounts = (rng.Next(1, 30), rng.Next(30, 200)),
            Vehicles = rng.Next(1, 6),
            General = (Money(rng, 0, 5), Money(rng, 0, 5)),
            Procurement = Money(rng, 0, 80),
            Style = seed % 3,
        };
    }

    private static decimal Money(Random rng, double min, double max) => decimal.Round((decimal)(min + (rng.NextDouble() * (max - min))), 2);
}
