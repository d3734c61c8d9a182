using System;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Errors;
using Ecr.Raw.Model;

namespace Ecr.Raw.Cli.Commands;

/// <summary>
/// <c>get-login-password</c>: the registry password alone, for <c>| docker login --username AWS --password-stdin</c>.
/// The token is base64 of <c>AWS:password</c>; only the password is printed.
/// </summary>
internal sealed class GetLoginPasswordCommand : CliCommand
{
    /// <summary>Creates the command.</summary>
    public GetLoginPasswordCommand()
        : base(
            "get-login-password",
            "GetAuthorizationToken",
            "Prints a password for the registry of the caller's account, valid for 12 hours.\nPipe it to docker:\n" +
            "  ecr-raw get-login-password | docker login --username AWS --password-stdin <account>.dkr.ecr.<region>.amazonaws.com",
            [])
    {
    }

    /// <inheritdoc />
    public override async Task RunAsync(CommandContext context, JsonObject input, CancellationToken cancellationToken)
    {
        var response = await context.Client.GetAuthorizationTokenAsync(new GetAuthorizationTokenRequest(), cancellationToken).ConfigureAwait(false);
        var token = response.AuthorizationData.Count > 0 ? response.AuthorizationData[0].AuthorizationToken : null;
        context.Host.Out.Write(Password(token));
        context.Host.Out.Write('\n');
    }

    /// <summary>The password inside an authorization token.</summary>
    /// <exception cref="EcrException">Kind InvalidResponse: the token is not base64 of user:password.</exception>
    public static string Password(string? authorizationToken)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorizationToken ?? string.Empty));
        }
        catch (FormatException)
        {
            // The message never repeats the token: it is a credential.
            throw new EcrException(EcrErrorKind.InvalidResponse, "GetAuthorizationToken returned an authorization token that is not base64.", operation: "GetAuthorizationToken");
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            ? decoded[(colon + 1)..]
            : throw new EcrException(EcrErrorKind.InvalidResponse, "GetAuthorizationToken returned an authorization token without a user:password pair.", operation: "GetAuthorizationToken");
    }
}
