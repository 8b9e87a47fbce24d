#!/usr/bin/env python3
"""Summarises a dotnet-trace speedscope file (scripts/bench.sh PROFILE=1): the frames that cost the most time.

Sampled thread time counts waiting threads too: only samples the runtime marks as running managed code (CPU_TIME) count,
less those in a spin-wait, so that what remains approximates the CPU spent on requests (native time, including GC, is
not attributed by this kind of trace). Prints the top
frames by exclusive time (the frame itself) and by inclusive time (the frame and what it calls), each as a share of
the busy time, and a few groups the issue asks about (Razor, EF, Npgsql, localisation, logging, antiforgery, ...).

    python3 scripts/lib/trace_summary.py portal.speedscope.json [top]
"""
import json
import re
import sys
from collections import Counter

WAIT_LEAF = re.compile(
    r"WaitHandle|Monitor\.Wait|LowLevelLifoSemaphore|WaitForSignal|SemaphoreSlim\.Wait|Thread\.Sleep|SocketAsyncEngine\.EventLoop"
    r"|Interop\+Sys\.WaitForSocketEvents|ManualResetEventSlim\.Wait|Task\.SpinThenBlockingWait|Thread\.Join|PortableThreadPool\.GateThread"
    r"|WaitOne|Interop\+Sys\.Read\(|Interop\+Sys\.Poll|WaitForPendingFinalizers|ReadLine|Console\.In"
)

GROUPS = [
    ("Razor views (rendering, tag helpers)", r"Microsoft\.AspNetCore\.Mvc\.Razor|AspNetCoreGeneratedDocument|TagHelper"),
    ("  of which tag helpers", r"TagHelpers?\."),
    ("  of which URL generation", r"UrlHelper|LinkGenerator|RouteValueDictionary|TemplateBinder|DefaultLinkGenerator"),
    ("Localisation (IStringLocalizer, ResourceManager)", r"Localization\.ResourceManagerStringLocalizer|System\.Resources\.|StringLocalizer"),
    ("EF Core (query pipeline, materialisation)", r"Microsoft\.EntityFrameworkCore"),
    ("  of which query compilation/cache lookup", r"QueryCompiler|CompiledQueryCache|ExpressionEqualityComparer|ParameterExtractingExpressionVisitor|ExpressionTreeFuncletizer"),
    ("Npgsql (ADO.NET, protocol)", r"^Npgsql\."),
    ("Authentication (cookie, data protection, security stamp)", r"Authentication\.Cookies|DataProtection|SessionValidation|ClaimsPrincipal|TicketSerializer"),
    ("Antiforgery", r"Antiforgery"),
    ("Logging (Serilog, ILogger)", r"^Serilog\.|Microsoft\.Extensions\.Logging"),
    ("Kestrel/HTTP (server, headers, I/O)", r"Microsoft\.AspNetCore\.Server\.Kestrel|System\.IO\.Pipelines|System\.Net\.Sockets"),
    ("Response compression", r"ResponseCompression|Compression\.(Deflate|Brotli|ZLib)"),
    ("Page model / handler / model binding", r"ModelBinding|PageActionInvoker|HandlerMethod|CityPartnerships\.Web\.Pages"),
    ("Portal's own code (CityPartnerships.*)", r"^CityPartnerships\."),
    ("GC / allocations (native)", r"GC|gc_heap|Allocat"),
    ("JIT / type loading", r"JIT|Jit|TieredCompilation|TypeLoad"),
    ("Unmanaged code time (native, not attributed)", r"UNMANAGED_CODE_TIME"),
]


def main() -> None:
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    with open(path, encoding="utf-8") as file:
        trace = json.load(file)
    names = [frame["name"] for frame in trace["shared"]["frames"]]

    exclusive: Counter = Counter()
    inclusive: Counter = Counter()
    groups: Counter = Counter()
    callers: dict = {}
    busy = 0.0
    waiting = 0.0
    group_patterns = [(label, re.compile(pattern)) for label, pattern in GROUPS]

    for profile in trace["profiles"]:
        if profile.get("type") == "sampled":
            stacks = [(list(stack), weight) for stack, weight in zip(profile["samples"], profile["weights"])]
        else:
            stacks = list(evented_stacks(profile))
        for stack, weight in stacks:
            if not stack or weight <= 0:
                continue
            # The runtime marks each sample with a pseudo frame: CPU_TIME (running managed code) or
            # UNMANAGED_CODE_TIME (in native code: waiting in the kernel, or GC and JIT work).
            if names[stack[-1]] != "CPU_TIME" or len(stack) < 2 or any(WAIT_LEAF.search(names[f]) for f in stack[-4:]):
                waiting += weight
                continue
            busy += weight
            exclusive[names[stack[-2]]] += weight
            # Who called the frame: the nearest frames of the portal, EF, Npgsql, Razor or Serilog below it.
            path = [names[f] for f in stack[-3::-1] if re.search(r"CityPartnerships|EntityFramework|Npgsql|Razor|Serilog|Authentication|Antiforgery|Localization|Kestrel", names[f])][:2]
            callers.setdefault(names[stack[-2]], Counter())[" < ".join(shorten(p, 90) for p in path)] += weight
            seen = {names[f] for f in stack}
            for name in seen:
                inclusive[name] += weight
            for label, pattern in group_patterns:
                if any(pattern.search(name) for name in seen):
                    groups[label] += weight

    unit = trace["profiles"][0].get("unit", "")
    print(f"Managed CPU stack time: {busy:,.0f} {unit}; waiting or native stacks left out: {waiting:,.0f} {unit}")
    print()
    print(f"Top {top} frames by exclusive time (share of busy time):")
    for rank, (name, weight) in enumerate(exclusive.most_common(top)):
        print(f"  {100 * weight / busy:5.1f} %  {shorten(name)}")
        if rank < 8:
            for path, part in callers[name].most_common(3):
                print(f"           {100 * part / busy:5.1f} % from {path or '(no portal, EF, Npgsql, Razor or Serilog frame)'}")
    print()
    print(f"Top {top} frames by inclusive time, without the generic host/thread-pool frames:")
    shown = 0
    for name, weight in inclusive.most_common():
        if re.search(r"ThreadPool|ExecutionContext|Thread\.Start|AsyncMethodBuilder|AsyncStateMachineBox|KestrelConnection|"
                     r"HttpProtocol\.ProcessRequests|Unknown|^\S+!?\?|IOQueue|WorkerThread|AsyncTaskMethodBuilder|MoveNext\(\)$", name) \
                and not re.search(r"CityPartnerships|Razor|EntityFramework|Npgsql", name):
            continue
        print(f"  {100 * weight / busy:5.1f} %  {shorten(name)}")
        shown += 1
        if shown >= top:
            break
    print()
    print("Groups (inclusive, a stack can count in several):")
    for label, _ in GROUPS:
        print(f"  {100 * groups[label] / busy:5.1f} %  {label}")


def evented_stacks(profile):
    """Turns an evented profile (open/close events) into (stack, duration) pairs."""
    stack = []
    last = profile.get("startValue", 0)
    for event in profile["events"]:
        at = event["at"]
        if stack and at > last:
            yield tuple(stack), at - last
        last = at
        if event["type"] == "O":
            stack.append(event["frame"])
        elif stack:
            # Speedscope closes the innermost frame; tolerate traces that close out of order.
            if stack[-1] == event["frame"]:
                stack.pop()
            elif event["frame"] in stack:
                del stack[len(stack) - 1 - stack[::-1].index(event["frame"])]


def shorten(name: str, length: int = 150) -> str:
    name = re.sub(r"\(.*\)", "(…)", name)
    return name if len(name) <= length else name[:length - 3] + "…"


if __name__ == "__main__":
    main()
