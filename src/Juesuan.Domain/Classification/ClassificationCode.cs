using System.Diagnostics.CodeAnalysis;

namespace Juesuan.Domain.Classification;

/// <summary>
/// A code of either classification. Valid by construction: digits only, a length the
/// classification allows. Function codes nest by prefix (2013201 ⊂ 20132 ⊂ 201).
/// </summary>
public readonly record struct ClassificationCode
{
    private ClassificationCode(ClassificationKind kind, string digits)
    {
        Kind = kind;
        Digits = digits;
    }

    /// <summary>Which classification the code belongs to.</summary>
    public ClassificationKind Kind { get; }

    /// <summary>The code's digits, e.g. "2080505".</summary>
    public string Digits { get; }

    /// <summary>1 for 类, 2 for 款, 3 for 项.</summary>
    public int Level => Digits.Length switch { 3 => 1, 5 => 2, _ => 3 };

    /// <summary>The code one level up, or null for a 类.</summary>
    public ClassificationCode? Parent => Level == 1 ? null : new ClassificationCode(Kind, Digits[..(Digits.Length - 2)]);

    /// <summary>True when <paramref name="other"/> is this code or below it.</summary>
    public bool Contains(ClassificationCode other) =>
        other.Kind == Kind && other.Digits.StartsWith(Digits, StringComparison.Ordinal);

    /// <summary>Creates a function code (3, 5 or 7 digits).</summary>
    public static ClassificationCode Function(string digits) =>
        TryCreate(ClassificationKind.Function, digits, out var code) ? code : throw new FormatException($"Not a function code: '{digits}'.");

    /// <summary>Creates an economic code (3 or 5 digits).</summary>
    public static ClassificationCode Economic(string digits) =>
        TryCreate(ClassificationKind.Economic, digits, out var code) ? code : throw new FormatException($"Not an economic code: '{digits}'.");

    /// <summary>
    /// Reads a code as printed: "2013201", "201 32 01", "201　32　01", or the three 类/款/项
    /// cells joined with spaces. Returns false for anything else.
    /// </summary>
    public static bool TryParse(ClassificationKind kind, string? text, [NotNullWhen(true)] out ClassificationCode? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 24)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[8];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == buffer.Length)
                {
                    return false;
                }

                buffer[n++] = c;
            }
            else if (c is >= '０' and <= '９')
            {
                if (n == buffer.Length)
                {
                    return false;
                }

                buffer[n++] = (char)('0' + (c - '０'));
            }
            else if (!char.IsWhiteSpace(c) && c != '\u3000')
            {
                return false;
            }
        }

        if (TryCreate(kind, new string(buffer[..n]), out var created))
        {
            code = created;
            return true;
        }

        return false;
    }

    /// <summary>Parses or throws; for tests and literals.</summary>
    public static ClassificationCode Parse(ClassificationKind kind, string text) =>
        TryParse(kind, text, out var code) ? code.Value : throw new FormatException($"Not a {kind} code: '{text}'.");

    private static bool TryCreate(ClassificationKind kind, string digits, out ClassificationCode code)
    {
        code = default;
        var okLength = kind == ClassificationKind.Function
            ? digits.Length is 3 or 5 or 7
            : digits.Length is 3 or 5;
        if (!okLength || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        // Both classifications start at 2xx (function) or 3xx (economic).
        var first = digits[0];
        if ((kind == ClassificationKind.Function && first != '2') || (kind == ClassificationKind.Economic && first != '3'))
        {
            return false;
        }

        code = new ClassificationCode(kind, digits);
        return true;
    }

    /// <summary>The digits.</summary>
    public override string ToString() => Digits;
}
