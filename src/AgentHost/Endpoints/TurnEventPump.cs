using AgentHost.Agents.Runtime;

namespace AgentHost.Endpoints;

/// <summary>
/// Steps through a turn's events with a deadline per step, so a stream can send keep-alives while the model
/// thinks; a step that times out stays pending and is awaited again by the next call.
/// </summary>
internal sealed class TurnEventPump(IAsyncEnumerable<TurnEvent> events, CancellationToken cancellationToken) : IAsyncDisposable
{
    private readonly IAsyncEnumerator<TurnEvent> _enumerator = events.GetAsyncEnumerator(cancellationToken);
    private Task<bool>? _pending;

    public TurnEvent Current => _enumerator.Current;

    /// <summary>True when an event is ready, false when the turn has ended, null when <paramref name="wait"/> passed first.</summary>
    public async Task<bool?> NextAsync(TimeSpan wait)
    {
        _pending ??= _enumerator.MoveNextAsync().AsTask();
        if (!_pending.IsCompleted)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var finished = await Task.WhenAny(_pending, Task.Delay(wait, timer.Token)).ConfigureAwait(false);
            await timer.CancelAsync().ConfigureAwait(false);
            if (finished != _pending)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return null;
            }
        }

        var step = _pending;
        _pending = null;
        return await step.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_pending is { } pending)
        {
            try
            {
                await pending.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The client went away while the step ran: nothing left to do with it.
            }
        }

        await _enumerator.DisposeAsync().ConfigureAwait(false);
    }
}
