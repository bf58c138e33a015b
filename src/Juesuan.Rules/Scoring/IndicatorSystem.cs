using Juesuan.Rules.Scoring.Rules;

namespace Juesuan.Rules.Scoring;

/// <summary>
/// An indicator system kept as data (Scoring/Systems/*.json): the tree of indicators with their
/// 分值, formula, executable scoring rule and data source, the grade bands, and where it comes from.
/// </summary>
public sealed record IndicatorSystem
{
    /// <summary>Short name used on the command line (<c>--system national-project</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Chinese title.</summary>
    public required string Title { get; init; }

    /// <summary>The official text or document the system is taken from.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Grade bands, highest first: the first whose minimum the total reaches.</summary>
    public IReadOnlyList<GradeBand> Grades { get; init; } = [];

    /// <summary>Re-weight the applicable indicators when some do not apply.</summary>
    public bool Reweight { get; init; }

    /// <summary>The top-level indicators.</summary>
    public IReadOnlyList<IndicatorNode> Indicators { get; init; } = [];

    /// <summary>Every leaf with the path of names above it.</summary>
    public IEnumerable<(IndicatorNode Leaf, string Path)> Leaves()
    {
        IEnumerable<(IndicatorNode, string)> Walk(IndicatorNode n, string path)
        {
            var here = path.Length == 0 ? n.Name : path + "/" + n.Name;
            return n.Children.Count == 0 ? [(n, here)] : n.Children.SelectMany(c => Walk(c, here));
        }

        return Indicators.SelectMany(n => Walk(n, string.Empty));
    }

    /// <summary>The grade of a total.</summary>
    public string GradeOf(decimal total) => Grades.FirstOrDefault(g => total >= g.Min)?.Grade ?? string.Empty;
}

/// <summary>An indicator: a group (with children) or a leaf (with a rule and a data source).</summary>
public sealed record IndicatorNode
{
    /// <summary>Name as the forms print it.</summary>
    public required string Name { get; init; }

    /// <summary>Other names documents use for it.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>分值.</summary>
    public decimal Weight { get; init; }

    /// <summary>The metric that measures it (see docs/scoring.md), or null when entered by people.</summary>
    public string? Metric { get; init; }

    /// <summary>The formula in words ("(本年−上年)/上年×100%").</summary>
    public string? Formula { get; init; }

    /// <summary>The 评分标准 as the system words it.</summary>
    public string? Criteria { get; init; }

    /// <summary>The executable rule; null when the criteria need a person's judgement (the score is then entered).</summary>
    public ScoringRule? Rule { get; init; }

    /// <summary>The system allows this indicator not to apply.</summary>
    public bool Optional { get; init; }

    /// <summary>Child indicators.</summary>
    public IReadOnlyList<IndicatorNode> Children { get; init; } = [];

    /// <summary>True when <paramref name="printed"/> names this indicator.</summary>
    public bool Matches(string printed)
    {
        var p = Normalize(printed);
        return p == Normalize(Name) || Aliases.Any(a => Normalize(a) == p);
    }

    internal static string Normalize(string s) =>
        new([.. s.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '　'))]);
}

/// <summary>A grade and the lowest total that earns it.</summary>
public sealed record GradeBand(string Grade, decimal Min);
