using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Pipeline.Core.Chains;

/// <summary>
/// Where each value of a JSON text stands: its JSON path (<c>$.steps[0].plugin</c>) and 1-based line and
/// column, keyed by JSON Pointer (<c>/steps/0/plugin</c>), which is how schema errors name a value.
/// A property's location is that of its name, where a reader looks first.
/// </summary>
internal sealed class JsonLocations
{
    private readonly Dictionary<string, (string Path, int Line, int Column)> _byPointer = new(StringComparer.Ordinal);
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    private JsonLocations(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public static JsonLocations Of(byte[] utf8)
    {
        var locations = new JsonLocations(utf8);
        var lineStarts = locations._lineStarts;

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        var stack = new Stack<Frame>();
        (int Line, int Column)? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        stack.Peek().Name = reader.GetString();
                        pendingName = Position(utf8, lineStarts, (int)reader.TokenStartIndex);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    default:
                        var (pointer, path) = stack.Count == 0 ? (string.Empty, "$") : stack.Peek().Child();
                        var (line, column) = pendingName ?? Position(utf8, lineStarts, (int)reader.TokenStartIndex);
                        pendingName = null;
                        locations._byPointer.TryAdd(pointer, (path, line, column));
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            stack.Push(new Frame(pointer, path, reader.TokenType == JsonTokenType.StartArray));
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The parser reports syntax errors; whatever was located up to there still serves.
        }

        return locations;
    }

    /// <summary>The path, line and column of the value at <paramref name="pointer"/>; the nearest located ancestor's when it has none.</summary>
    public (string Path, int Line, int Column) Find(string pointer)
    {
        while (true)
        {
            if (_byPointer.TryGetValue(pointer, out var found))
            {
                return found;
            }

            if (pointer.Length == 0)
            {
                return ("$", 0, 0);
            }

            pointer = pointer[..pointer.LastIndexOf('/')];
        }
    }

    /// <summary>The 1-based line and code point column of a 0-based line and UTF-8 byte position in it, as <see cref="JsonException"/> gives them.</summary>
    public (int Line, int Column) FromReaderPosition(long line, long bytePositionInLine)
    {
        if (line < 0 || line >= _lineStarts.Count)
        {
            return ((int)line + 1, (int)bytePositionInLine + 1);
        }

        var offset = (int)Math.Min(_utf8.Length, _lineStarts[(int)line] + bytePositionInLine);
        return Position(_utf8, _lineStarts, offset);
    }

    /// <summary>Builds a JSON Pointer from unescaped segments.</summary>
    public static string Pointer(params object[] segments) =>
        string.Concat(segments.Select(s => "/" + Convert.ToString(s, CultureInfo.InvariantCulture)!.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));

    private static (int Line, int Column) Position(byte[] utf8, List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        // Columns count code points, like every other position in the API.
        var column = 0;
        foreach (var unused in Encoding.UTF8.GetString(utf8, lineStarts[line], offset - lineStarts[line]).EnumerateRunes())
        {
            column++;
        }

        return (line + 1, column + 1);
    }

    private sealed class Frame(string pointer, string path, bool isArray)
    {
        private int _index;

        public string? Name { get; set; }

        public (string Pointer, string Path) Child()
        {
            if (isArray)
            {
                var i = _index++;
                return ($"{pointer}/{i}", $"{path}[{i}]");
            }

            var name = Name ?? string.Empty;
            var escaped = name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
            var segment = IsIdentifier(name) ? "." + name : "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            return ($"{pointer}/{escaped}", path + segment);
        }

        private static bool IsIdentifier(string name) =>
            name.Length > 0 && !char.IsDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
    }
}
