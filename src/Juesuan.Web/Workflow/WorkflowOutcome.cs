namespace Juesuan.Web.Workflow;

/// <summary>How a workflow step ended.</summary>
public enum OutcomeKind
{
    /// <summary>Done.</summary>
    Ok,

    /// <summary>No such disclosure, or not one the actor may see.</summary>
    NotFound,

    /// <summary>The actor may see it but not do this.</summary>
    Forbidden,

    /// <summary>Not in a state that allows the step.</summary>
    Conflict,

    /// <summary>The request itself is wrong (a missing comment, an unreadable file).</summary>
    Invalid,
}

/// <summary>The result of a workflow step: its kind, a message for people, and what it touched.</summary>
public sealed record WorkflowOutcome(OutcomeKind Kind, string Message, int? DisclosureId = null, int? Version = null)
{
    /// <summary>True when the step was done.</summary>
    public bool Succeeded => Kind == OutcomeKind.Ok;

    /// <summary>The HTTP status an API answers with.</summary>
    public int StatusCode => Kind switch
    {
        OutcomeKind.Ok => StatusCodes.Status200OK,
        OutcomeKind.NotFound => StatusCodes.Status404NotFound,
        OutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
        OutcomeKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    internal static WorkflowOutcome Done(string message, int id, int? version = null) => new(OutcomeKind.Ok, message, id, version);

    internal static WorkflowOutcome Missing(int id) => new(OutcomeKind.NotFound, $"没有编号为 {id} 的决算，或无权查看", id);
}
