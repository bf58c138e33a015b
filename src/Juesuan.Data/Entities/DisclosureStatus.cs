namespace Juesuan.Data.Entities;

/// <summary>Where a disclosure is in its workflow.</summary>
public enum DisclosureStatus
{
    /// <summary>Being prepared by the department.</summary>
    Draft = 0,

    /// <summary>Submitted to the finance bureau for review.</summary>
    Submitted = 1,

    /// <summary>Returned by the reviewer with comments.</summary>
    Returned = 2,

    /// <summary>Approved by the reviewer, not yet public.</summary>
    Approved = 3,

    /// <summary>Public.</summary>
    Published = 4,
}
