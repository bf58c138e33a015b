namespace Juesuan.Data.Entities;

/// <summary>An uploaded or generated file of a disclosure, kept forever, with its audit tally.</summary>
public sealed class DisclosureVersion
{
    public int Id { get; set; }

    public int DisclosureId { get; set; }

    public DisclosureRecord? Disclosure { get; set; }

    /// <summary>1, 2, … within the disclosure.</summary>
    public int Number { get; set; }

    public required string FileName { get; set; }

    /// <summary>The file as uploaded.</summary>
    public required byte[] Content { get; set; }

    /// <summary>The model as <c>parse --format json</c> prints it.</summary>
    public required string ModelJson { get; set; }

    /// <summary>The audit as <c>check --format json</c> prints it.</summary>
    public required string CheckJson { get; set; }

    public int Errors { get; set; }

    public int Warnings { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }
}
