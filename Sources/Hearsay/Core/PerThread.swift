import Foundation

/// One object per thread, made on a thread's first `current` and released when that thread ends.
///
/// A worker-side cache (`WordCache`) lives one per thread so that it needs no locks; this is
/// the thread-specific slot it is kept in.
///
///     let counters = PerThread { Counter() }
///     counters.current.add(1)   // this thread's counter
final class PerThread<Object: AnyObject>: @unchecked Sendable {
    /// The thread-specific key; never deleted (one per kind of object, made once).
    private let key: pthread_key_t
    /// Makes a thread's object on its first use.
    private let make: @Sendable () -> Object

    /// A slot whose object is made by `make` on each thread that asks for it.
    init(_ make: @escaping @Sendable () -> Object) {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { raw in
            guard let raw else { return }
            Unmanaged<AnyObject>.fromOpaque(raw).release()
        }
        precondition(status == 0, "pthread_key_create failed")
        self.key = key
        self.make = make
    }

    /// The calling thread's object, made now if the thread has none yet.
    var current: Object {
        if let raw = pthread_getspecific(key) { return Unmanaged<Object>.fromOpaque(raw).takeUnretainedValue() }
        let object = make()
        pthread_setspecific(key, Unmanaged.passRetained(object).toOpaque())
        return object
    }
}
