using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Pipeline.Plugins.Shared.Attributes;

/// <summary>
/// An annotation's attributes when there are at most three, in the order given, as one small object: a
/// <see cref="Dictionary{TKey, TValue}"/> of so few entries is three objects and several times the memory, and a long
/// document's annotations all live until the chain ends, so every collection on the way copies or marks them.
/// An entry whose value is <see langword="null"/> is left out.
/// </summary>
internal sealed class SmallAttributes : IReadOnlyDictionary<string, string>
{
    private readonly string _key0;
    private readonly string _value0;
    private readonly string? _key1;
    private readonly string? _value1;
    private readonly string? _key2;
    private readonly string? _value2;

    public SmallAttributes(string key0, string value0, string? key1 = null, string? value1 = null, string? key2 = null, string? value2 = null)
    {
        (_key0, _value0) = (key0, value0);

        // Entries are packed to the front, so that an absent middle one leaves no hole.
        if (value1 is not null)
        {
            (_key1, _value1) = (key1, value1);
            (_key2, _value2) = value2 is null ? (null, null) : (key2, value2);
        }
        else if (value2 is not null)
        {
            (_key1, _value1) = (key2, value2);
        }

        Count = _key1 is null ? 1 : _key2 is null ? 2 : 3;
    }

    public int Count { get; }

    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    public IEnumerable<string> Values => this.Select(pair => pair.Value);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No attribute '{key}'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        value = string.Equals(key, _key0, StringComparison.Ordinal) ? _value0
            : string.Equals(key, _key1, StringComparison.Ordinal) ? _value1
            : string.Equals(key, _key2, StringComparison.Ordinal) ? _value2
            : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        yield return new(_key0, _value0);
        if (_key1 is not null)
        {
            yield return new(_key1, _value1!);
        }

        if (_key2 is not null)
        {
            yield return new(_key2, _value2!);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
