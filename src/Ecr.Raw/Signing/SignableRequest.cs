using System;
using System.Collections.Generic;

namespace Ecr.Raw.Signing;

/// <summary>
/// A request as the signer sees it: neutral of any HTTP stack, so other AWS calls can be signed with it too.
/// </summary>
public sealed class SignableRequest
{
    /// <summary>Creates a request to sign.</summary>
    /// <param name="method">The HTTP method, for example <c>POST</c>.</param>
    /// <param name="path">The path exactly as sent on the wire, starting with <c>/</c>; any percent-encoding it carries is kept.</param>
    /// <param name="query">The query string as sent, without the leading <c>?</c>; <see langword="null"/> or empty for none.</param>
    /// <param name="headers">
    /// The headers to sign, including <c>Host</c> (with its port when it is not the scheme's default). Repeated names are
    /// joined with <c>,</c> in order. <c>Authorization</c>, <c>User-Agent</c>, <c>Expect</c> and <c>X-Amzn-Trace-Id</c> are
    /// never signed; copies of the headers the signer adds itself are ignored.
    /// </param>
    /// <param name="payload">The body.</param>
    /// <exception cref="ArgumentException">The method or path is empty, the path does not start with <c>/</c>, or a header is malformed.</exception>
    public SignableRequest(string method, string path, string? query, IReadOnlyList<KeyValuePair<string, string>> headers, SignablePayload payload)
    {
        if (string.IsNullOrEmpty(method))
        {
            throw new ArgumentException("The HTTP method must not be empty.", nameof(method));
        }

        if (string.IsNullOrEmpty(path) || path[0] != '/')
        {
            throw new ArgumentException("The path must start with '/'.", nameof(path));
        }

        if (headers is null)
        {
            throw new ArgumentNullException(nameof(headers));
        }

        for (var i = 0; i < headers.Count; i++)
        {
            ValidateHeader(headers[i].Key, headers[i].Value, nameof(headers));
        }

        Method = method;
        Path = path;
        Query = query ?? string.Empty;
        Headers = headers;
        Payload = payload;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The path as sent on the wire.</summary>
    public string Path { get; }

    /// <summary>The query string as sent, without <c>?</c>; empty for none.</summary>
    public string Query { get; }

    /// <summary>The headers to sign.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The body.</summary>
    public SignablePayload Payload { get; }

    internal static void ValidateHeader(string? name, string? value, string parameterName)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A header name must not be empty.", parameterName);
        }

        foreach (var c in name!)
        {
            // RFC 9110 token characters only: anything else could smuggle a second header line.
            if (c <= ' ' || c >= 0x7F || c == ':')
            {
                throw new ArgumentException($"Header name '{Sanitise(name)}' holds a character that is not allowed in a header name (control, space, ':' or non-ASCII).", parameterName);
            }
        }

        if (value is null)
        {
            throw new ArgumentException($"Header '{name}' has no value.", parameterName);
        }

        foreach (var c in value)
        {
            if ((c < ' ' && c != '\t') || c == 0x7F)
            {
                throw new ArgumentException($"The value of header '{name}' holds a control character (CR, LF or another); folded or multi-line header values are not allowed.", parameterName);
            }
        }
    }

    private static string Sanitise(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = '?';
            }
        }

        return new string(chars);
    }
}
