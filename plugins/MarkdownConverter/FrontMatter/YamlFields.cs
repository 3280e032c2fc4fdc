namespace Pipeline.Plugins.MarkdownConverter.FrontMatter;

/// <summary>
/// The top-level scalar fields of a YAML front matter, as text: <c>key: value</c>, quoted or not, a block scalar
/// (<c>|</c>, <c>&gt;</c>) on the lines below, or a list (<c>[a, b]</c> or <c>- a</c> lines) joined by ", ".
/// Enough of YAML for the few keys a converter reads; anchors, tags and nested maps are passed over.
/// </summary>
internal static class YamlFields
{
    public static Dictionary<string, string> Read(IReadOnlyList<string> lines)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] is ' ' or '\t' or '#' or '-')
            {
                continue;
            }

            var colon = KeyEnd(line);
            if (colon <= 0)
            {
                continue;
            }

            var key = Unquote(line[..colon].Trim());
            var value = WithoutComment(line[(colon + 1)..]).Trim();
            var nested = Indented(lines, i + 1);
            i += nested.Count;
            var text = value switch
            {
                "" => Nested(nested),
                ['|' or '>', ..] => string.Join(' ', nested.Select(l => l.Trim())),
                ['[', ..] => List(value),
                _ => Unquote(value),
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                fields.TryAdd(key, text.Trim());
            }
        }

        return fields;
    }

    /// <summary>Where the key ends: at the first ": " (or a closing ':') outside quotes.</summary>
    private static int KeyEnd(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && i == 0)
            {
                quote = c;
            }
            else if (c == ':' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<string> Indented(IReadOnlyList<string> lines, int from)
    {
        var nested = new List<string>();
        for (var i = from; i < lines.Count && (lines[i].Length == 0 || lines[i][0] is ' ' or '\t' || lines[i].StartsWith("- ", StringComparison.Ordinal)); i++)
        {
            nested.Add(lines[i]);
        }

        return nested;
    }

    /// <summary>A list of <c>- item</c> lines, or a map whose <c>name</c> is the value (an author written as a person).</summary>
    private static string Nested(List<string> nested)
    {
        var items = new List<string>();
        foreach (var raw in nested)
        {
            var line = raw.Trim();
            if (line.StartsWith('-'))
            {
                line = line[1..].Trim();
            }

            if (line.StartsWith("name:", StringComparison.OrdinalIgnoreCase))
            {
                line = line[5..].Trim();
            }
            else if (KeyEnd(line) > 0)
            {
                continue;
            }

            if (Unquote(WithoutComment(line).Trim()) is { Length: > 0 } item)
            {
                items.Add(item);
            }
        }

        return string.Join(", ", items);
    }

    private static string List(string value)
    {
        var inner = value.TrimEnd();
        inner = inner.EndsWith(']') ? inner[1..^1] : inner[1..];
        return string.Join(", ", inner.Split(',').Select(item => Unquote(item.Trim())).Where(item => item.Length > 0));
    }

    /// <summary>A value without a trailing <c># comment</c>, unless the '#' is inside quotes.</summary>
    private static string WithoutComment(string value)
    {
        var trimmed = value.TrimStart();
        if (trimmed.Length > 0 && trimmed[0] is '"' or '\'')
        {
            return value;
        }

        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash < 0 ? value : value[..hash];
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        return value;
    }
}
