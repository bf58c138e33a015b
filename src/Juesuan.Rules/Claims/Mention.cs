using Juesuan.Domain.Amounts;

namespace Juesuan.Rules.Claims;

/// <summary>What a number in the text is.</summary>
internal enum MentionKind
{
    /// <summary>Money: 万元 or 元.</summary>
    Amount,

    /// <summary>A percentage.</summary>
    Percent,

    /// <summary>A score: 分.</summary>
    Score,
}

/// <summary>
/// A number in a sentence with its unit and the clause text before it (its subject, e.g.
/// "2024年度财政拨款支出年初预算数为"), and the direction word that clause ends with.
/// </summary>
internal sealed record Mention(MentionKind Kind, Amount Value, AmountUnit? Unit, int Start, int End, string Prefix, Direction Direction)
{
    private string? _subject;

    /// <summary>The prefix without year, department words and linking verbs (<see cref="SubjectResolver.Clean"/>), computed once.</summary>
    public string Subject => _subject ??= SubjectResolver.Clean(Prefix);

    /// <summary>The amount in 万元 (元 figures converted), for comparisons with tables.</summary>
    public Amount InWan => Unit == AmountUnit.Yuan ? Value.ConvertTo(AmountUnit.Yuan, AmountUnit.WanYuan) : Value;

    /// <summary>True for an amount that states a change (增加/减少 X 万元).</summary>
    public bool IsChange => Kind == MentionKind.Amount && Direction is Direction.Up or Direction.Down;

    /// <summary>The printed number with its unit.</summary>
    public string Printed => Kind switch
    {
        MentionKind.Percent => Value + "%",
        MentionKind.Score => Value + "分",
        _ => Value + (Unit == AmountUnit.Yuan ? "元" : "万元"),
    };
}
