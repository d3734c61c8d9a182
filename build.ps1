#!/usr/bin/env pwsh
# One entry point for developers and CI: dotnet pwsh ./build.ps1 <target> [-Short]
#   build  compile everything (warnings are errors)
#   test   build, then run every test project and print the totals
#   pack   write Ecr.Raw.<version>.nupkg and .snupkg to artifacts/package
#   bench  run the BenchmarkDotNet suite (-Short for a quick, less precise run)
#   demo   run the QuickStart against the in-memory ECR (pass -EndpointUrl for moto or real ECR)
#   aot    publish ecr-raw as one linux-x64 Native AOT file (any trim or AOT warning fails) and report its size
#   startup  aot, then time ecr-raw, its raw AOT peer and the AWS CLI as whole processes, side by side
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'pack', 'bench', 'demo', 'aot', 'startup')]
    [string]$Target = 'test',
    [switch]$Short,
    [string]$EndpointUrl,
    [string]$Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'

function Invoke-Step([string]$What, [scriptblock]$Command) {
    Write-Host "==> $What" -ForegroundColor Cyan
    & $Command
    if ($LASTEXITCODE -ne 0) {
        Write-Host "FAILED: $What (exit code $LASTEXITCODE)" -ForegroundColor Red
        exit $LASTEXITCODE
    }
}

function Invoke-Build {
    Invoke-Step 'build' { dotnet build (Join-Path $root 'Ecr.Raw.sln') -c $Configuration }
}

function Invoke-Test {
    Invoke-Build
    $projects = @(
        'tests/Ecr.Raw.Tests/Ecr.Raw.Tests.csproj',
        'tests/Ecr.Raw.Tests.NetStandard/Ecr.Raw.Tests.NetStandard.csproj'
    )
    $passed = 0; $failed = 0; $skipped = 0; $exit = 0
    foreach ($project in $projects) {
        Write-Host "==> test $project" -ForegroundColor Cyan
        $output = dotnet test (Join-Path $root $project) -c $Configuration --no-build 2>&1 | ForEach-Object { Write-Host $_; $_ }
        if ($LASTEXITCODE -ne 0) { $exit = $LASTEXITCODE }
        foreach ($line in $output) {
            if ("$line" -match 'Failed:\s+(\d+), Passed:\s+(\d+), Skipped:\s+(\d+)') {
                $failed += [int]$Matches[1]; $passed += [int]$Matches[2]; $skipped += [int]$Matches[3]
            }
        }
    }
    Write-Host ''
    if ($skipped -gt 0) {
        Write-Host "WARNING: $skipped tests were SKIPPED." -ForegroundColor Yellow
        if (-not (Get-Command moto_server -ErrorAction SilentlyContinue)) {
            Write-Host 'WARNING: moto_server is not on PATH, so the integration tests against moto did not run (under CI=true they fail instead).' -ForegroundColor Yellow
        }
    }
    Write-Host "Tests: $passed passed, $failed failed, $skipped skipped"
    if ($exit -ne 0 -or $failed -gt 0 -or $passed -eq 0) {
        Write-Host 'FAILED: test' -ForegroundColor Red
        exit ($exit -ne 0 ? $exit : 1)
    }

    # Under CI every landing also proves that ecr-raw still compiles to Native AOT without a trim or AOT warning.
    if ($env:CI -eq 'true') { Invoke-Aot }
}

function Invoke-Pack {
    $out = Join-Path $root 'artifacts/package'
    Invoke-Step 'pack' { dotnet pack (Join-Path $root 'src/Ecr.Raw/Ecr.Raw.csproj') -c $Configuration -o $out }
    Invoke-Step 'pack testing' { dotnet pack (Join-Path $root 'src/Ecr.Raw.Testing/Ecr.Raw.Testing.csproj') -c $Configuration -o $out }
    Invoke-Step 'pack cli' { dotnet pack (Join-Path $root 'src/Ecr.Raw.Cli/Ecr.Raw.Cli.csproj') -c $Configuration -o $out }
    Get-ChildItem $out -Filter 'Ecr.Raw.*nupkg' | ForEach-Object { Write-Host "  $($_.Name)" }
}

function Invoke-Bench {
    $project = Join-Path $root 'tests/Ecr.Raw.Benchmarks/Ecr.Raw.Benchmarks.csproj'
    # A bare '*' would be expanded by PowerShell as a file glob on Unix; the namespace selects every benchmark.
    $benchArgs = @('--filter', 'Ecr.Raw.Benchmarks.*', '--artifacts', (Join-Path $root 'artifacts/bench'))
    if ($Short) { $benchArgs += @('--job', 'short') }
    Invoke-Step 'bench' { dotnet run --project $project -c Release -- @benchArgs }
    # BenchmarkDotNet measures allocations, not peak memory: a child process per variant does.
    Invoke-Step 'bench memory' { dotnet run --project $project -c Release --no-build -- memory }
}

function Invoke-Demo {
    $project = Join-Path $root 'src/Ecr.Raw.QuickStart/Ecr.Raw.QuickStart.csproj'
    $demoArgs = @()
    if ($EndpointUrl) { $demoArgs += @('--endpoint-url', $EndpointUrl) }
    Invoke-Step 'demo' { dotnet run --project $project -c $Configuration -- @demoArgs }
}

$aotDir = Join-Path $root 'artifacts/aot'

function Publish-Native([string]$Project, [string]$Out, [string[]]$Extra) {
    $log = dotnet publish (Join-Path $root $Project) -c Release -r linux-x64 -o $Out @Extra 2>&1 | ForEach-Object { Write-Host $_; "$_" }
    if ($LASTEXITCODE -ne 0) { Write-Host "FAILED: publish $Project" -ForegroundColor Red; exit $LASTEXITCODE }
    # ILC reports trim and AOT problems as warnings; here every one of them fails the target.
    $warnings = @($log | Where-Object { $_ -match ': (warning|Trim analysis warning|AOT analysis warning) ' })
    if ($warnings.Count -gt 0) { Write-Host "FAILED: $($warnings.Count) warnings while publishing $Project" -ForegroundColor Red; exit 1 }
}

function Invoke-Aot {
    Write-Host '==> aot ecr-raw (linux-x64, Native AOT)' -ForegroundColor Cyan
    Publish-Native 'src/Ecr.Raw.Cli/Ecr.Raw.Cli.csproj' (Join-Path $aotDir 'ecr-raw') @('-p:NativeAot=true')
    $binary = Get-Item (Join-Path $aotDir 'ecr-raw/ecr-raw')
    $mb = $binary.Length / 1MB
    Write-Host ("ecr-raw: {0:N1} MB ({1:N0} bytes), no trim or AOT warnings" -f $mb, $binary.Length)
    if ($mb -ge 8) { Write-Host ("WARNING: the binary is {0:N1} MB; the target is under 8 MB." -f $mb) -ForegroundColor Yellow }
}

function Invoke-Startup {
    Invoke-Aot
    Write-Host '==> aot start-up peer' -ForegroundColor Cyan
    Publish-Native 'tests/Ecr.Raw.StartupPeer/Ecr.Raw.StartupPeer.csproj' (Join-Path $aotDir 'peer') @()
    Invoke-Step 'build tool and benchmarks' { dotnet build (Join-Path $root 'Ecr.Raw.sln') -c Release }
    $project = Join-Path $root 'tests/Ecr.Raw.Benchmarks/Ecr.Raw.Benchmarks.csproj'
    $tool = Join-Path $root 'artifacts/bin/Ecr.Raw.Cli/release/ecr-raw.dll'
    $report = Join-Path $root 'artifacts/bench/startup.md'
    Invoke-Step 'startup' { dotnet run --project $project -c Release --no-build -- startup (Join-Path $aotDir 'ecr-raw/ecr-raw') (Join-Path $aotDir 'peer/Ecr.Raw.StartupPeer') $tool $report }
}

switch ($Target) {
    'build' { Invoke-Build }
    'test' { Invoke-Test }
    'pack' { Invoke-Pack }
    'bench' { Invoke-Bench }
    'demo' { Invoke-Demo }
    'aot' { Invoke-Aot }
    'startup' { Invoke-Startup }
}
exit 0
