using Pipeline.Abstractions;

namespace Pipeline.Plugins.EntityExtractor.Text;

/// <summary>Adds the sentence starts an earlier <c>sentence</c> step found to the tokenizer's own guesses.</summary>
internal static class SentenceStarts
{
    public static void Mark(TokenList tokens, IReadOnlyList<Annotation> annotations)
    {
        var found = 0;
        for (var a = 0; a < annotations.Count; a++)
        {
            var annotation = annotations[a];
            if (annotation.Type != "sentence")
            {
                continue;
            }

            var index = found = tokens.IndexAt(annotation.Start, found);
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
