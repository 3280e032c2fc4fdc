namespace Pipeline.Abstractions;

/// <summary>Shorthands for the edits cleaners make most.</summary>
public static class StepContextExtensions
{
    /// <summary>Deletes <paramref name="length"/> characters at <paramref name="start"/>.</summary>
    public static void Delete(this IStepContext context, int start, int length, string reason)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Replace(start, length, string.Empty, reason);
    }

    /// <summary>Inserts <paramref name="text"/> before the character at <paramref name="index"/>.</summary>
    public static void Insert(this IStepContext context, int index, string text, string reason)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Replace(index, 0, text, reason);
    }
}
