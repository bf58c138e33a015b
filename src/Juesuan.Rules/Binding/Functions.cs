namespace Juesuan.Rules.Binding;

/// <summary>The built-in functions: argument kinds and result kind, for the binder and the docs.</summary>
public static class Functions
{
    /// <summary>One function's signature.</summary>
    public sealed record Signature(string Name, ValueKind[] Parameters, bool Variadic, ValueKind Result, string Description);

    /// <summary>All functions, documented in docs/rules.md.</summary>
    public static readonly IReadOnlyList<Signature> All =
    [
        new("sum", [ValueKind.Column], true, ValueKind.Number, "一栏（行集.栏名）或若干数字之和，区间相加；空白单元格和不存在的行不计入，全部为空时“未检查”"),
        new("count", [ValueKind.Rows], false, ValueKind.Number, "行数"),
        new("abs", [ValueKind.Number], false, ValueKind.Number, "绝对值"),
        new("min", [ValueKind.Number, ValueKind.Number], true, ValueKind.Number, "最小值"),
        new("max", [ValueKind.Number, ValueKind.Number], true, ValueKind.Number, "最大值"),
        new("exists", [ValueKind.Table], false, ValueKind.Bool, "表已列出（含“本表无数据”的空表）；参数为行或数字时：行存在 / 单元格非空"),
        new("filled", [ValueKind.Table], false, ValueKind.Bool, "表已列出且有数据（不是空表）"),
        new("children", [ValueKind.Row], false, ValueKind.Rows, "同表中编码直接下级的行（类→款→项；301→30101…）"),
    ];

    /// <summary>Finds a function by name.</summary>
    public static Signature? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
