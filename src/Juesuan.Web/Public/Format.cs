using System.Globalization;

namespace Juesuan.Web.Public;

/// <summary>How the portal prints figures: 万元 with two decimals, "—" for a figure not printed.</summary>
public static class Format
{
    /// <summary>A stored (UTC) time as the pages print it.</summary>
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An amount in 万元.</summary>
    public static string Wan(decimal? value) => value is { } v ? v.ToString("N2", CultureInfo.InvariantCulture) : "—";

    /// <summary>A change between two amounts as a percentage of the first; "—" when it cannot be computed.</summary>
    public static string Change(decimal? from, decimal? to) =>
        from is { } a && to is { } b && a != 0 ? Percent((b - a) / a) : "—";

    /// <summary>A ratio as a percentage with two decimals, written as the documents write it: "88.24%".</summary>
    public static string Percent(decimal ratio) => (ratio * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";
}
