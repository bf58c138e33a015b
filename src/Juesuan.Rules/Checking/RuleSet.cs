using System.Reflection;
using Juesuan.Rules.Binding;
using Juesuan.Rules.Language;

namespace Juesuan.Rules.Checking;

/// <summary>
/// A set of compiled rules: the ones shipped in the project (Data/*.rules, embedded) plus any
/// the user adds with <c>--rules FILE</c>.
/// </summary>
public sealed class RuleSet
{
    private static readonly Lazy<RuleSet> BuiltIn = new(LoadBuiltIn);

    private RuleSet(IReadOnlyList<CompiledRule> rules) => Rules = rules;

    /// <summary>The shipped rules.</summary>
    public static RuleSet Default => BuiltIn.Value;

    /// <summary>Rules in load order.</summary>
    public IReadOnlyList<CompiledRule> Rules { get; }

    /// <summary>Names of the shipped rule files.</summary>
    public static IEnumerable<string> BuiltInFiles =>
        typeof(RuleSet).Assembly.GetManifestResourceNames().Where(n => n.EndsWith(".rules", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>Compiles rule texts; returns null and fills <paramref name="errors"/> when any file has an error.</summary>
    public static RuleSet? Compile(IEnumerable<(string File, string Text)> files, List<RuleFileError> errors)
    {
        var rules = new List<CompiledRule>();
        foreach (var (file, text) in files)
        {
            rules.AddRange(RuleCompiler.Compile(text, file, errors));
        }

        return errors.Count == 0 ? new RuleSet(rules) : null;
    }

    /// <summary>This set plus rules from user files; a user rule with a shipped id replaces it.</summary>
    public RuleSet? With(IEnumerable<(string File, string Text)> files, List<RuleFileError> errors)
    {
        var extra = Compile(files, errors);
        if (extra is null)
        {
            return null;
        }

        var replaced = extra.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return new RuleSet([.. Rules.Where(r => !replaced.Contains(r.Id)), .. extra.Rules]);
    }

    private static RuleSet LoadBuiltIn()
    {
        var assembly = typeof(RuleSet).Assembly;
        var errors = new List<RuleFileError>();
        var files = BuiltInFiles.Select(name => (name["Juesuan.Rules.".Length..], Read(assembly, name))).ToList();
        return Compile(files, errors)
            ?? throw new InvalidOperationException("Shipped rule files do not compile: " + string.Join("; ", errors));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
