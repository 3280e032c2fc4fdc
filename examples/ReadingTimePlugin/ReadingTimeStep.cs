using System.Globalization;
using Pipeline.Abstractions;

namespace ReadingTimePlugin;

/// <summary>One configured reading-time step; stateless, so one instance serves every document.</summary>
internal sealed class ReadingTimeStep(int wordsPerMinute, string metadataKey) : IStep
{
    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in context.Text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        var minutes = Math.Max(1, (int)Math.Ceiling(words / (double)wordsPerMinute));
        context.SetMetadata(metadataKey, minutes.ToString(CultureInfo.InvariantCulture));
        return ValueTask.CompletedTask;
    }
}
