namespace Juesuan.Documents.Writing.Rendering;

/// <summary>An output format of <c>juesuan render</c>.</summary>
public enum RenderFormat
{
    /// <summary>Word, the official layout.</summary>
    Docx,

    /// <summary>Excel, one sheet per table, numbers as numbers.</summary>
    Xlsx,

    /// <summary>PDF converted from the .docx by LibreOffice.</summary>
    Pdf,

    /// <summary>One self-contained HTML page.</summary>
    Html,

    /// <summary>The JSON model (as <c>parse --format json</c>) plus open data (CSV + datapackage.json).</summary>
    Json,
}

/// <summary>Names of the formats on the command line.</summary>
public static class RenderFormats
{
    /// <summary>All five, in the order they are written (PDF after the .docx it is made from).</summary>
    public static IReadOnlyList<RenderFormat> All { get; } = [RenderFormat.Docx, RenderFormat.Xlsx, RenderFormat.Pdf, RenderFormat.Html, RenderFormat.Json];

    /// <summary>Parses "docx,xlsx,pdf" (case-insensitive); null with the offending name when one is unknown.</summary>
    public static IReadOnlyList<RenderFormat>? Parse(string list, out string? unknown)
    {
        unknown = null;
        var formats = new List<RenderFormat>();
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<RenderFormat>(name, ignoreCase: true, out var f) || !Enum.IsDefined(f) || char.IsDigit(name[0]))
            {
                unknown = name;
                return null;
            }

            if (!formats.Contains(f))
            {
                formats.Add(f);
            }
        }

        return formats.Count == 0 ? null : All.Where(formats.Contains).ToList();
    }
}
