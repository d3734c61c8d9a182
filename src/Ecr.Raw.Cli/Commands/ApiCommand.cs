using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Cli.Output;
using Ecr.Raw.Cli.Paging;
using Ecr.Raw.Cli.Parsing;
using Ecr.Raw.Transport;

namespace Ecr.Raw.Cli.Commands;

/// <summary>
/// A command that is one ECR operation: its options make the request, the response is printed as the AWS CLI prints
/// it. With a result key it paginates as the AWS CLI does unless --no-paginate is given.
/// </summary>
/// <typeparam name="TRequest">The request model.</typeparam>
/// <typeparam name="TResponse">The response model.</typeparam>
internal sealed class ApiCommand<TRequest, TResponse> : CliCommand
{
    private readonly Func<EcrJsonContext, JsonTypeInfo<TRequest>> _request;
    private readonly Func<EcrJsonContext, JsonTypeInfo<TResponse>> _response;
    private readonly Func<IEcrClient, TRequest, CancellationToken, Task<TResponse>> _call;
    private readonly string? _resultKey;

    /// <summary>Creates the command.</summary>
    /// <param name="name">As typed.</param>
    /// <param name="operation">The ECR operation.</param>
    /// <param name="summary">For --help.</param>
    /// <param name="options">The options that fill the request.</param>
    /// <param name="request">The request's JSON type.</param>
    /// <param name="response">The response's JSON type.</param>
    /// <param name="call">The client call.</param>
    /// <param name="resultKey">For a paginated operation, the member holding the items.</param>
    public ApiCommand(
        string name,
        string operation,
        string summary,
        IReadOnlyList<OptionSpec> options,
        Func<EcrJsonContext, JsonTypeInfo<TRequest>> request,
        Func<EcrJsonContext, JsonTypeInfo<TResponse>> response,
        Func<IEcrClient, TRequest, CancellationToken, Task<TResponse>> call,
        string? resultKey = null)
        : base(name, operation, summary, resultKey is null ? options : [.. options, .. PagingSpecs.All])
    {
        _request = request;
        _response = response;
        _call = call;
        _resultKey = resultKey;
    }

    /// <inheritdoc />
    public override void Prepare(EcrJsonContext json)
    {
        // One empty value through each path the call takes: the library writes the request and reads the response,
        // the CLI reads the request from its options and prints the response.
        var request = _request(EcrJsonContext.Default);
        _ = JsonSerializer.SerializeToUtf8Bytes(JsonSerializer.Deserialize("{}"u8, request)!, request);
        var response = JsonSerializer.Deserialize("{}"u8, _response(EcrJsonContext.Default))!;
        _ = JsonSerializer.SerializeToNode(response, _response(json));
    }

    /// <inheritdoc />
    public override async Task RunAsync(CommandContext context, JsonObject input, CancellationToken cancellationToken)
    {
        if (_resultKey is null || context.Line.NoPaginate)
        {
            context.Print(await CallAsync(context, input, cancellationToken).ConfigureAwait(false));
            return;
        }

        var result = await Paginator.RunAsync(
            (token, pageSize, ct) =>
            {
                var page = (JsonObject)input.DeepClone();
                if (token is not null)
                {
                    page["nextToken"] = token;
                }

                if (pageSize is { } size)
                {
                    page["maxResults"] = size;
                }

                return CallAsync(context, page, ct);
            },
            _resultKey,
            context.Paging,
            cancellationToken).ConfigureAwait(false);
        context.Print(result, _resultKey);
    }

    private async Task<JsonObject> CallAsync(CommandContext context, JsonObject input, CancellationToken cancellationToken)
    {
        // Requests hold no timestamps: the library's own context reads them, so their metadata is built once, not twice.
        var request = input.Deserialize(_request(EcrJsonContext.Default))!;
        var response = await _call(context.Client, request, cancellationToken).ConfigureAwait(false);
        return ResponseDocument.From(response, _response(context.Json));
    }
}
