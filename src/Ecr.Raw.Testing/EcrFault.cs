using System;
using System.Net;

namespace Ecr.Raw.Testing;

/// <summary>An error the in-memory ECR answers with instead of handling a call, as ECR would send it.</summary>
internal sealed class EcrFault : Exception
{
    public EcrFault(string code, string message, HttpStatusCode status = HttpStatusCode.BadRequest)
        : base(message)
    {
        Code = code;
        Status = status;
    }

    public string Code { get; }

    public HttpStatusCode Status { get; }
}
