using Pipeline.Plugins.Shared.Memory;

namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>What <see cref="Find"/> returns: the document's mentions, read in text order from the recognizer that found them.</summary>
internal sealed partial class Recognizer
{
    /// <summary>A document's mentions in text order. Dispose it once read: the recognizer is lent until then.</summary>
    public readonly struct Found : IDisposable
    {
        private readonly Recognizer _recognizer;
        private readonly int _firstPass;

        internal Found(Recognizer recognizer, int firstPass)
        {
            _recognizer = recognizer;
            _firstPass = firstPass;
        }

        /// <summary>The fullest form of the name <paramref name="mention"/> names.</summary>
        public string Name(in Mention mention) => _recognizer._stringById[mention.Canonical];

        public Enumerator GetEnumerator() => new(_recognizer._mentions, _firstPass);

        public void Dispose() => _recognizer.End();
    }

    /// <summary>Merges the first pass's mentions with the resolution's, each half sorted by start.</summary>
    public struct Enumerator
    {
        private readonly NativeList<Mention> _mentions;
        private readonly int _firstPass;
        private int _first;
        private int _second;

        internal Enumerator(NativeList<Mention> mentions, int firstPass)
        {
            _mentions = mentions;
            _firstPass = firstPass;
            _second = firstPass;
        }

        public Mention Current { get; private set; }

        public bool MoveNext()
        {
            if (_first < _firstPass && (_second >= _mentions.Count || _mentions[_first].Start <= _mentions[_second].Start))
            {
                Current = _mentions[_first++];
                return true;
            }

            if (_second < _mentions.Count)
            {
                Current = _mentions[_second++];
                return true;
            }

            return false;
        }
    }
}
