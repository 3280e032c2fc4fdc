using DocPipe.V1;

namespace Pipeline.IntegrationTests.Support;

internal static class Replies
{
    /// <summary>The reply with every step's wall-clock time zeroed: the one part two runs never share.</summary>
    public static ProcessResponse WithoutDurations(ProcessResponse response)
    {
        var copy = response.Clone();
        foreach (var step in copy.Steps)
        {
            step.DurationUs = 0;
        }

        return copy;
    }
}
