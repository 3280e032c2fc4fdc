using System.Globalization;
using Pipeline.Abstractions;

namespace Company.Plugin1;

/// <summary>One configured step. One instance serves every document of its chain concurrently: keep per-document state in locals.</summary>
internal sealed class WordCountStep(int minimumLength, string metadataKey) : IStep
{
    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        var words = 0;
        var length = 0;
        foreach (var c in context.Text)
        {
            if (char.IsLetterOrDigit(c))
            {
                length++;
                continue;
            }

            words += length >= minimumLength ? 1 : 0;
            length = 0;
        }

        words += length >= minimumLength ? 1 : 0;
        context.SetMetadata(metadataKey, words.ToString(CultureInfo.InvariantCulture));
        return ValueTask.CompletedTask;
    }
}
