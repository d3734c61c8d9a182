using System.Text;
using System.Text.Json.Nodes;

namespace Ecr.Raw.Cli.Parsing;

/// <summary>
/// The AWS CLI's shorthand syntax: <c>key=value,key2=value2</c>, with <c>key=a,b</c> and <c>key=[a,b]</c> for lists,
/// <c>key={k=v}</c> for nested structures and single or double quotes around values that hold separators. Every scalar
/// comes out as a string; <see cref="ParameterBinder"/> converts it to the member's type.
/// </summary>
internal sealed class ShorthandParser
{
    private readonly string _text;
    private readonly string _option;
    private int _index;

    private ShorthandParser(string text, string option)
    {
        _text = text;
        _option = option;
    }

    /// <summary>Parses one shorthand structure.</summary>
    /// <param name="text">The argument, for example <c>imageTag=latest</c>.</param>
    /// <param name="option">The option it was given to, for error messages.</param>
    /// <exception cref="UsageException">The text is not shorthand.</exception>
    public static JsonObject Parse(string text, string option)
    {
        var parser = new ShorthandParser(text, option);
        var result = parser.ParseKeyValues(closing: null);
        parser.SkipWhitespace();
        if (!parser.AtEnd)
        {
            throw parser.Error("unexpected text");
        }

        return result;
    }

    private bool AtEnd => _index >= _text.Length;

    private char Current => _text[_index];

    private JsonObject ParseKeyValues(char? closing)
    {
        var result = new JsonObject();
        while (true)
        {
            SkipWhitespace();
            if (closing is { } end && !AtEnd && Current == end)
            {
                return result;
            }

            var key = ParseKey();
            if (result.ContainsKey(key))
            {
                throw Error($"the key '{key}' is given twice");
            }

            result[key] = ParseValues(closing);
            SkipWhitespace();
            if (AtEnd || (closing is { } close && Current == close))
            {
                return result;
            }

            Expect(',');
        }
    }

    private string ParseKey()
    {
        var start = _index;
        while (!AtEnd && Current != '=' && Current != ',')
        {
            _index++;
        }

        var key = _text[start.._index].Trim();
        if (AtEnd || Current != '=' || key.Length == 0)
        {
            throw Error("expected key=value");
        }

        _index++;
        return key;
    }

    // A value after '=': an explicit list, a nested structure, or one value, followed by more comma-separated values
    // for as long as the next item is not itself key=value (botocore's csv-value).
    private JsonNode ParseValues(char? closing)
    {
        SkipWhitespace();
        if (AtEnd)
        {
            return JsonValue.Create(string.Empty);
        }

        if (Current == '[')
        {
            return ParseExplicitList();
        }

        if (Current == '{')
        {
            _index++;
            var nested = ParseKeyValues('}');
            Expect('}');
            return nested;
        }

        var first = ParseScalar(closing, insideList: false);
        var list = (JsonArray?)null;
        while (!AtEnd && Current == ',' && !NextIsKeyValue(closing))
        {
            _index++;
            list ??= new JsonArray(JsonValue.Create(first));
            list.Add((JsonNode)JsonValue.Create(ParseScalar(closing, insideList: false)));
        }

        return list ?? (JsonNode)JsonValue.Create(first);
    }

    private JsonArray ParseExplicitList()
    {
        Expect('[');
        var list = new JsonArray();
        SkipWhitespace();
        if (!AtEnd && Current == ']')
        {
            _index++;
            return list;
        }

        while (true)
        {
            SkipWhitespace();
            if (!AtEnd && Current == '[')
            {
                list.Add((JsonNode)ParseExplicitList());
            }
            else if (!AtEnd && Current == '{')
            {
                _index++;
                list.Add((JsonNode)ParseKeyValues('}'));
                Expect('}');
            }
            else
            {
                list.Add((JsonNode)JsonValue.Create(ParseScalar(']', insideList: true)));
            }

            SkipWhitespace();
            if (!AtEnd && Current == ']')
            {
                _index++;
                return list;
            }

            Expect(',');
        }
    }

    private string ParseScalar(char? closing, bool insideList)
    {
        SkipWhitespace();
        if (!AtEnd && Current is '"' or '\'')
        {
            return ParseQuoted();
        }

        var start = _index;
        while (!AtEnd && Current != ',' && Current != closing && !(insideList && Current == ']'))
        {
            _index++;
        }

        return _text[start.._index].Trim();
    }

    private string ParseQuoted()
    {
        var quote = Current;
        _index++;
        var value = new StringBuilder();
        while (!AtEnd && Current != quote)
        {
            // A backslash escapes the quote character (and itself); anything else is kept as typed.
            if (Current == '\\' && _index + 1 < _text.Length && (_text[_index + 1] == quote || _text[_index + 1] == '\\'))
            {
                _index++;
            }

            value.Append(Current);
            _index++;
        }

        if (AtEnd)
        {
            throw Error($"a {quote} quote is not closed");
        }

        _index++;
        SkipWhitespace();
        return value.ToString();
    }

    // After a comma: is the next item "key=..." (a new member) rather than another value of the current list?
    private bool NextIsKeyValue(char? closing)
    {
        for (var i = _index + 1; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '=')
            {
                return true;
            }

            if (c == ',' || c == closing || c is '"' or '\'' or '[' or '{')
            {
                return false;
            }
        }

        return false;
    }

    private void Expect(char expected)
    {
        SkipWhitespace();
        if (AtEnd || Current != expected)
        {
            throw Error($"expected '{expected}'");
        }

        _index++;
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            _index++;
        }
    }

    private UsageException Error(string problem) =>
        new($"Error parsing parameter '{_option}': {problem} at position {_index} of: {_text}\n" +
            "Expected shorthand (key=value,key2=value2) or JSON.", showUsage: false);
}
