using Pipeline.Abstractions;

namespace Pipeline.Plugins.EntityExtractor.Text;

/// <summary>Adds the sentence starts an earlier <c>sentence</c> step found to the tokenizer's own guesses.</summary>
internal static class SentenceStarts
{
    public static void Mark(TokenList tokens, IReadOnlyList<Annotation> annotations)
    {
        foreach (var annotation in annotations)
        {
            if (annotation.Type != "sentence")
            {
                continue;
            }

            var index = tokens.IndexAt(annotation.Start);
            while (index < tokens.Count && tokens[index].Start < annotation.End && !tokens[index].IsWord)
            {
                index++;
            }

            if (index < tokens.Count && tokens[index].Start < annotation.End)
            {
                tokens[index].Flags |= TokenFlags.SentenceStart;
            }
        }
    }
}
