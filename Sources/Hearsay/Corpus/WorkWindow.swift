import Foundation

/// The bounded, ordered window of inputs one `CorpusRunner` run has in flight, shared by its
/// reader, its workers and the thread that delivers the outcomes.
///
/// Inputs get consecutive sequence numbers and sit in a ring of `capacity` slots from the moment
/// the reader adds them until their outcome is delivered, so at most `capacity` inputs are in
/// flight and nothing is allocated per input. Workers take inputs in sequence order; the
/// delivering thread takes outcomes in sequence order. An outcome's slot belongs to the worker
/// that took its input until the worker marks it finished (under the lock), then to the
/// delivering thread, from the moment `next(afterDelivering:)` hands its sequence number out
/// until it says the outcome was delivered; so outcomes move in and out of their slots
/// without the lock, and the hand-off needs no metadata of `Prepared`-dependent types, which
/// unspecialised generic code would look up at run time for every document.
///
/// The window also bounds the bytes its inputs hold in memory (`byteBudget`; a file input holds
/// only its path, as it is read by the worker): the reader adds no input while the inputs in
/// flight hold that many bytes or more, so a stream of large records keeps fewer in flight. A
/// single input larger than the budget still passes, alone.
///
/// One mutex guards the state, and each role waits on its own condition, which is signalled
/// only when a thread of that role waits and can go on. Wake-ups come in batches: a reader
/// that found the window full sleeps until `refill` slots are free and the held bytes are at
/// most half the budget, and the delivering thread sleeps until `batch` outcomes in a row are
/// ready, or fewer when no input waits to be started (the input has run dry or ended, or the
/// reader waits for room) or the run was stopped. Every thread that sleeps is thus woken by a
/// thread that can still make progress, so no wait lasts for ever.
final class WorkWindow<Prepared>: @unchecked Sendable {
    /// Most inputs in flight (read and not yet delivered).
    let capacity: Int
    /// Most bytes the inputs in flight may hold before the reader waits (see `AnalysisInput.heldBytes`).
    let byteBudget: Int
    /// Free slots a reader that found the window full waits for.
    let refill: Int
    /// Ready outcomes that wake the delivering thread while other inputs still wait to start:
    /// half the capacity, at most `largestBatch`.
    let batch: Int

    /// The most outcomes the delivering thread waits for while inputs wait to start. A wide
    /// window keeps the reader ahead and the workers fed; the batch need not grow with it, and a
    /// small one keeps a stream's output and progress coming in small steps. With a window of
    /// 256 on one worker (session 21, `hearsay-bench paired --repeat 12` over the PolNeAR texts,
    /// two runs each), batches of 128, 32 and 16 read 59.1/62.6%, 60.6/60.2% and 61.4/61.6% of
    /// the floor: the same, within the machine's noise.
    static var largestBatch: Int { 16 }

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// The reader waits here for room in the window.
    private let roomCondition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Idle workers wait here for an input.
    private let workCondition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// The delivering thread waits here for outcomes.
    private let readyCondition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    /// Inputs read and not yet taken by a worker, at `sequence % capacity`.
    private var inputs: [AnalysisInput?]
    /// Prepared outcomes, at `sequence % capacity` (initialised while `finished` is set, and
    /// from then until the delivering thread moves them out).
    private let outcomes: UnsafeMutablePointer<Prepared>
    /// Whether the slot holds an outcome not yet handed to the delivering thread.
    private var finished: [Bool]
    /// The bytes the slot's input held when it was added, released when its outcome is delivered.
    private var slotBytes: [Int]
    /// The bytes the inputs in flight hold (the sum of `slotBytes` from `deliveredCount` to `readCount`).
    private var heldBytes = 0
    /// Sequence number of the next input the reader adds.
    private var readCount = 0
    /// Sequence number of the next input a worker takes.
    private var startCount = 0
    /// First sequence number from `deliveredCount` on whose outcome is not ready.
    private var readyEnd = 0
    /// Sequence number of the next outcome to deliver.
    private var deliveredCount = 0
    /// The reader added its last input.
    private var inputDone = false
    /// `stop()` was called: nothing is added or started any more.
    private var stopped = false
    /// The reader sleeps on `roomCondition` and nobody signalled it yet.
    private var readerWaiting = false
    /// Workers sleeping on `workCondition`.
    private var idleWorkers = 0
    /// The delivering thread sleeps on `readyCondition` and nobody signalled it yet.
    private var deliveryWaiting = false

    /// Makes a window of `capacity` slots (at least one) whose inputs hold at most about
    /// `byteBudget` bytes (see `byteBudget`).
    init(capacity: Int, byteBudget: Int = .max) {
        self.capacity = max(1, capacity)
        self.byteBudget = max(1, byteBudget)
        refill = max(1, self.capacity / 2)
        batch = max(1, min(self.capacity / 2, Self.largestBatch))
        inputs = Array(repeating: nil, count: self.capacity)
        outcomes = .allocate(capacity: self.capacity)
        finished = Array(repeating: false, count: self.capacity)
        slotBytes = Array(repeating: 0, count: self.capacity)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        for condition in [roomCondition, workCondition, readyCondition] {
            condition.initialize(to: pthread_cond_t())
            pthread_cond_init(condition, nil)
        }
    }

    deinit {
        for slot in 0..<capacity where finished[slot] { (outcomes + slot).deinitialize(count: 1) }
        outcomes.deallocate()
        for condition in [roomCondition, workCondition, readyCondition] {
            pthread_cond_destroy(condition)
            condition.deallocate()
        }
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    // MARK: Reader

    /// Waits until the window has room for another input (a free slot, and its inputs holding
    /// less than the byte budget); false once the run is stopped.
    func waitForRoom() -> Bool {
        pthread_mutex_lock(mutex)
        if (readCount - deliveredCount >= capacity || heldBytes >= byteBudget) && !stopped {
            readerWaiting = true
            while !refilled && !stopped { pthread_cond_wait(roomCondition, mutex) }
            readerWaiting = false
        }
        let open = !stopped
        pthread_mutex_unlock(mutex)
        return open
    }

    /// Whether a reader that found the window full may go on: `refill` slots are free and the
    /// inputs in flight hold at most half the byte budget (read with the mutex held).
    private var refilled: Bool {
        readCount - deliveredCount <= capacity - refill && heldBytes <= byteBudget / 2
    }

    /// Adds the next input (after `waitForRoom()` said there is room), waking an idle worker.
    func add(_ input: AnalysisInput) {
        let bytes = input.heldBytes
        pthread_mutex_lock(mutex)
        guard !stopped else { pthread_mutex_unlock(mutex); return }
        inputs[readCount % capacity] = input
        slotBytes[readCount % capacity] = bytes
        heldBytes += bytes
        readCount += 1
        let wake = idleWorkers > 0
        pthread_mutex_unlock(mutex)
        if wake { pthread_cond_signal(workCondition) }
    }

    /// Records that the reader added its last input.
    func endInput() {
        pthread_mutex_lock(mutex)
        inputDone = true
        let wake = deliveryWaiting
        pthread_mutex_unlock(mutex)
        pthread_cond_broadcast(workCondition)
        if wake { pthread_cond_signal(readyCondition) }
    }

    // MARK: Workers

    /// Takes the next input in order, waiting while none is queued; nil when the input ended
    /// or the run stopped.
    func take() -> WorkItem? {
        pthread_mutex_lock(mutex)
        return takeAndUnlock()
    }

    /// Stores the prepared outcome of the input `sequence` (which this worker took), then
    /// takes the next input as `take()` does.
    func finish(_ sequence: Int, _ outcome: __owned Prepared) -> WorkItem? {
        let slot = sequence % capacity
        (outcomes + slot).initialize(to: outcome)
        pthread_mutex_lock(mutex)
        finished[slot] = true
        if sequence == readyEnd {
            readyEnd += 1
            while readyEnd < startCount && finished[readyEnd % capacity] { readyEnd += 1 }
        }
        let ready = readyEnd - deliveredCount
        if deliveryWaiting && ready > 0 && (ready >= batch || startCount == readCount || stopped) {
            // Signalled outside the lock, so that the woken thread does not block on it at once.
            deliveryWaiting = false
            pthread_mutex_unlock(mutex)
            pthread_cond_signal(readyCondition)
            pthread_mutex_lock(mutex)
        }
        return takeAndUnlock()
    }

    /// `take()` with the mutex held; releases it.
    private func takeAndUnlock() -> WorkItem? {
        while startCount == readCount && !inputDone && !stopped {
            idleWorkers += 1
            pthread_cond_wait(workCondition, mutex)
            idleWorkers -= 1
        }
        guard startCount < readCount && !stopped else { pthread_mutex_unlock(mutex); return nil }
        let sequence = startCount
        startCount += 1
        let input = inputs[sequence % capacity].take()!
        pthread_mutex_unlock(mutex)
        return WorkItem(sequence: sequence, input: input)
    }

    // MARK: Delivery

    /// Records that the `delivered` outcomes last handed out were delivered, then hands out the
    /// sequence numbers of the next outcomes ready in order (to move out with `outcome(_:)`),
    /// waiting while none is ready. An empty range means the run is over: every input read was
    /// delivered, or the run was stopped and every input started was delivered.
    func next(afterDelivering delivered: Int) -> Range<Int> {
        pthread_mutex_lock(mutex)
        if delivered > 0 {
            for sequence in deliveredCount..<(deliveredCount + delivered) { heldBytes -= slotBytes[sequence % capacity] }
            deliveredCount += delivered
            if readerWaiting && refilled {
                // Signalled outside the lock, so that the woken thread does not block on it at once.
                readerWaiting = false
                pthread_mutex_unlock(mutex)
                pthread_cond_signal(roomCondition)
                pthread_mutex_lock(mutex)
            }
        }
        while readyEnd == deliveredCount && !(inputDone && deliveredCount == readCount) && !(stopped && deliveredCount == startCount) {
            deliveryWaiting = true
            pthread_cond_wait(readyCondition, mutex)
            deliveryWaiting = false
        }
        let range = deliveredCount..<readyEnd
        for sequence in range { finished[sequence % capacity] = false }
        pthread_mutex_unlock(mutex)
        return range
    }

    /// Moves out the outcome of `sequence`, which `next(afterDelivering:)` handed out; once only.
    func outcome(_ sequence: Int) -> Prepared {
        (outcomes + sequence % capacity).move()
    }

    // MARK: Stopping

    /// Stops the run: no input is added or started any more; the ones started finish.
    func stop() {
        pthread_mutex_lock(mutex)
        stopped = true
        pthread_mutex_unlock(mutex)
        pthread_cond_broadcast(roomCondition)
        pthread_cond_broadcast(workCondition)
        pthread_cond_broadcast(readyCondition)
    }
}

/// An input a worker took from a `WorkWindow`, with its sequence number.
struct WorkItem {
    let sequence: Int
    let input: AnalysisInput
}
