import XCTest
import MimeBundle
@testable import JupyterKernel

/// Connection-file and wire edges found by attacking the kernel (issue 17): port ranges and port 0,
/// `localhost`, every hmac-* scheme swift-crypto provides, signed parts that are not objects.
final class ConnectionEdgeTests: XCTestCase {
    func file(ports: [Int], ip: String = "127.0.0.1", scheme: String = "hmac-sha256") throws -> ConnectionFile {
        let names = ["shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"]
        let fields = zip(names, ports).map { "\"\($0)\": \($1)" }.joined(separator: ", ")
        return try ConnectionFile(json: "{\(fields), \"ip\": \"\(ip)\", \"key\": \"k\", \"transport\": \"tcp\", \"signature_scheme\": \"\(scheme)\"}")
    }

    func testPortsOutsideTheRangeAreErrors() {
        for bad in [-1, 65536, 70000] {
            XCTAssertThrowsError(try file(ports: [bad, 2, 3, 4, 5]), "port \(bad)") { error in
                XCTAssertTrue("\(error)".contains("1–65535"), "\(error)")
            }
        }
        XCTAssertNoThrow(try file(ports: [65535, 1, 3, 4, 5]))
    }

    func testPortZeroIsARandomPortWrittenBack() throws {
        let f = try file(ports: [0, 0, 0, 0, 0])
        XCTAssertTrue(f.hasRandomPorts)
        XCTAssertEqual(f.endpoint(f.shellPort), "tcp://127.0.0.1:*")
        XCTAssertEqual(ConnectionFile.port(ofEndpoint: "tcp://127.0.0.1:54321"), 54321)
        var bound = f
        bound.shellPort = 40001
        bound.hbPort = 40005
        let original = "{\"shell_port\": 0, \"hb_port\": 0, \"key\": \"k\", \"extra\": [1]}"
        let text = try XCTUnwrap(bound.rewritingPorts(of: original))
        XCTAssertEqual(JSONValue.parse(text)?["shell_port"], .int(40001))
        XCTAssertEqual(JSONValue.parse(text)?["hb_port"], .int(40005))
        XCTAssertEqual(JSONValue.parse(text)?["extra"], .array([.int(1)]))
    }

    func testLocalhostBindsTheLoopbackAddress() throws {
        let f = try file(ports: [1, 2, 3, 4, 5], ip: "localhost")
        XCTAssertEqual(f.endpoint(f.shellPort), "tcp://127.0.0.1:1")
    }

    /// Reference values: Python's hmac.new(b"secret", b"".join(parts), hashlib.<name>).hexdigest().
    func testEveryHMACSchemeMatchesPython() throws {
        let parts = ["{\"msg_id\":\"1\"}", "{}", "{}", "{\"code\":\"1+1\"}"].map { Array($0.utf8) }
        let expected = [
            "hmac-md5": "e3f034a50940c4776b7502c639fb4ca4",
            "hmac-sha1": "15dae045d550816dbc161767bcc3ae26026575f0",
            "hmac-sha256": "8b401df890f3e1a0a11fe0065dc9c527656a04e4c12230f675f0a5b83a2f600c",
            "hmac-sha384": "5eed32e5f1901e37c9512d70e35c0a0e4859bad4f7e52d8e6f5b1ff4122f70bbd1a5c7e2488579e0e62f393c0087e3fd",
            "hmac-sha512": "3aae9c173edc7fe4bde0e112599571428fc7e5aaf3533dab5cadd18e776250339fb92e91362fe8f5c8caec14bca0beaeba9894c71292a9ada35c5a8f2196da8f",
        ]
        for (scheme, signature) in expected {
            XCTAssertNoThrow(try file(ports: [1, 2, 3, 4, 5], scheme: scheme))
            XCTAssertEqual(MessageSigner(key: "secret", scheme: scheme).sign(parts), signature, scheme)
        }
        XCTAssertThrowsError(try file(ports: [1, 2, 3, 4, 5], scheme: "hmac-sha224"))
        XCTAssertThrowsError(try file(ports: [1, 2, 3, 4, 5], scheme: "rot13"))
    }

    func testSignedPartsThatAreNotObjectsAreReportedWithTheRequest() throws {
        let codec = MessageCodec(key: "k")
        let signer = MessageSigner(key: "k")
        let header = Array("{\"msg_id\":\"m1\",\"msg_type\":\"kernel_info_request\",\"session\":\"s\",\"username\":\"u\",\"date\":\"\",\"version\":\"5.3\"}".utf8)
        for (index, name) in [(1, "parent_header"), (2, "metadata"), (3, "content")] {
            var parts = [header, Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)]
            parts[index] = Array("[1, 2]".utf8)
            let frames = [Array("<IDS|MSG>".utf8), Array(signer.sign(parts).utf8)] + parts
            XCTAssertThrowsError(try codec.decode(frames)) { error in
                guard case let MessageCodec.Rejection.partNotAnObject(part, request) = error else {
                    return XCTFail("\(error)")
                }
                XCTAssertEqual(part, name)
                XCTAssertEqual(request.msgType, "kernel_info_request")
            }
        }
    }
}
