import CZMQ

/// The socket types the kernel uses (plus the client-side ones its tests use).
public enum SocketKind {
    case router, xpub, sub, rep, req, dealer, push, pull, pair

    var rawValue: Int32 {
        switch self {
        case .router: return ZMQ_ROUTER
        case .xpub: return ZMQ_XPUB
        case .sub: return ZMQ_SUB
        case .rep: return ZMQ_REP
        case .req: return ZMQ_REQ
        case .dealer: return ZMQ_DEALER
        case .push: return ZMQ_PUSH
        case .pull: return ZMQ_PULL
        case .pair: return ZMQ_PAIR
        }
    }
}
