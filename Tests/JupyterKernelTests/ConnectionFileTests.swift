import XCTest
@testable import JupyterKernel

final class ConnectionFileTests: XCTestCase {
    func testParsesWhatJupyterClientWrites() throws {
        let json = """
        {"shell_port": 50001, "iopub_port": 50002, "stdin_port": 50003, "control_port": 50004,
         "hb_port": 50005, "ip": "127.0.0.1", "key": "a0b1-c2", "transport": "tcp",
         "signature_scheme": "hmac-sha256", "kernel_name": "swiftgrad"}
        """
        let file = try ConnectionFile(json: json)
        XCTAssertEqual(file.shellPort, 50001)
        XCTAssertEqual(file.hbPort, 50005)
        XCTAssertEqual(file.key, "a0b1-c2")
        XCTAssertEqual(file.kernelName, "swiftgrad")
        XCTAssertFalse(file.usesCurve)
        XCTAssertEqual(file.endpoint(file.iopubPort), "tcp://127.0.0.1:50002")
    }

    func testIPCEndpointsAndCurveKeys() throws {
        let json = """
        {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5,
         "ip": "/tmp/kernel-x", "key": "", "transport": "ipc", "signature_scheme": "hmac-sha256",
         "curve_publickey": "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7", "curve_secretkey": "JTKVSB%%)wK0E.X)V>+}o?pNmC{O&4W4b!Ni{Lh6"}
        """
        let file = try ConnectionFile(json: json)
        XCTAssertEqual(file.endpoint(file.controlPort), "ipc:///tmp/kernel-x-4")
        XCTAssertTrue(file.usesCurve)
        XCTAssertEqual(file.curvePublicKey?.count, 40)
    }

    func testRejectsMissingPortsUnknownTransportAndNonJSON() {
        XCTAssertThrowsError(try ConnectionFile(json: "{\"shell_port\": 1}"))
        XCTAssertThrowsError(try ConnectionFile(json: "not json"))
        XCTAssertThrowsError(try ConnectionFile(json: """
        {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5, "transport": "udp"}
        """))
    }

    func testRejectsAHalfCurveKeyPair() {
        XCTAssertThrowsError(try ConnectionFile(json: """
        {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5,
         "curve_publickey": "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7"}
        """))
    }
}
