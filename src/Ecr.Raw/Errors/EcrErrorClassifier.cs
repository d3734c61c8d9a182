using System;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Ecr.Raw.Errors;

/// <summary>
/// Turns an error response into an <see cref="EcrException"/>: the code from <c>X-Amzn-ErrorType</c>, else <c>__type</c>,
/// else <c>code</c> (cut at ':' and after '#'); the message from <c>message</c> or <c>Message</c>. Bodies that are not JSON
/// (a proxy's HTML, moto's XML) are classified by any embedded code and the status, with a short sanitised excerpt.
/// </summary>
internal static class EcrErrorClassifier
{
    private const int ExcerptLength = 200;

    public static EcrException FromResponse(string operation, HttpStatusCode status, string? errorTypeHeader, string? requestId, ReadOnlySpan<byte> body)
    {
        string? code = Clean(errorTypeHeader);
        string? message = null;
        if (!TryReadJsonError(body, ref code, ref message))
        {
            var text = Encoding.UTF8.GetString(body.ToArray());
            code ??= Clean(XmlElement(text, "Code"));
            message = XmlElement(text, "Message") ?? Excerpt(text);
        }

        var kind = Classify(code, status);
        var description = string.IsNullOrEmpty(message)
            ? $"{operation} failed with HTTP {(int)status}{(code is null ? string.Empty : " " + code)} and no message."
            : Redact(message!);
        return new EcrException(kind, description, code, status, requestId, operation);
    }

    public static EcrErrorKind Classify(string? code, HttpStatusCode status)
    {
        if (code is not null && EcrErrorCodes.KindOf(code) is { } known)
        {
            return known;
        }

        return (int)status switch
        {
            429 => EcrErrorKind.Throttling,
            503 => EcrErrorKind.ServiceUnavailable,
            408 => EcrErrorKind.Timeout,
            >= 500 => EcrErrorKind.InternalFailure,
            401 => EcrErrorKind.UnrecognizedClient,
            403 => EcrErrorKind.AccessDenied,
            _ => EcrErrorKind.Unknown,
        };
    }

    /// <summary>Cuts a code at the first ':' (a URI may follow) and keeps what follows the last '#' (a namespace).</summary>
    public static string? Clean(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var value = code!.Trim();
        var colon = value.IndexOf(':');
        if (colon >= 0)
        {
            value = value.Substring(0, colon);
        }

        var hash = value.LastIndexOf('#');
        if (hash >= 0)
        {
            value = value.Substring(hash + 1);
        }

        return value.Length == 0 ? null : value;
    }

    private static bool TryReadJsonError(ReadOnlySpan<byte> body, ref string? code, ref string? message)
    {
        var start = 0;
        while (start < body.Length && body[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start == body.Length || body[start] != (byte)'{')
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(body.Slice(start));
            string? type = null, codeMember = null, lowerMessage = null, upperMessage = null;
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    reader.Skip();
                    continue;
                }

                switch (name)
                {
                    case "__type": type = reader.GetString(); break;
                    case "code": codeMember = reader.GetString(); break;
                    case "message": lowerMessage = reader.GetString(); break;
                    case "Message": upperMessage = reader.GetString(); break;
                }
            }

            code ??= Clean(type) ?? Clean(codeMember);
            message = lowerMessage ?? upperMessage;
            return true;
        }
        catch (JsonException)
        {
            // A truncated JSON error body: fall back to the text form, which still yields an excerpt.
            return false;
        }
    }

    private static string? XmlElement(string text, string element)
    {
        var open = text.IndexOf("<" + element + ">", StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        var start = open + element.Length + 2;
        var close = text.IndexOf("</" + element + ">", start, StringComparison.Ordinal);
        return close < 0 ? null : WebUtility.HtmlDecode(text.Substring(start, close - start)).Trim();
    }

    /// <summary>A short, single-line piece of a body, so an HTML page does not become a 10 KB exception message.</summary>
    private static string Excerpt(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, ExcerptLength));
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (builder.Length >= ExcerptLength)
            {
                builder.Append('…');
                break;
            }

            var isSpace = char.IsWhiteSpace(c) || char.IsControl(c);
            if (isSpace && lastWasSpace)
            {
                continue;
            }

            builder.Append(isSpace ? ' ' : c);
            lastWasSpace = isSpace;
        }

        return builder.ToString().Trim();
    }

    /// <summary>Services sometimes echo parts of the request; a signature must never reach a log through them.</summary>
    private static string Redact(string message)
    {
        var index = message.IndexOf("Signature=", StringComparison.Ordinal);
        if (index < 0)
        {
            return message;
        }

        var end = index + "Signature=".Length;
        while (end < message.Length && Uri.IsHexDigit(message[end]))
        {
            end++;
        }

        return message.Substring(0, index) + "Signature=** REDACTED **" + Redact(message.Substring(end));
    }
}
