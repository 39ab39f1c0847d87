import MimeBundle

/// The facts of `kernel_info_reply` that belong to the backend.
public struct KernelInfo {
    public struct LanguageInfo {
        public var name: String
        public var version: String
        public var mimetype: String
        public var fileExtension: String
        public var codemirrorMode: String
        public var pygmentsLexer: String

        public init(name: String, version: String, mimetype: String, fileExtension: String,
                    codemirrorMode: String, pygmentsLexer: String) {
            self.name = name
            self.version = version
            self.mimetype = mimetype
            self.fileExtension = fileExtension
            self.codemirrorMode = codemirrorMode
            self.pygmentsLexer = pygmentsLexer
        }
    }

    public var implementation: String
    public var implementationVersion: String
    public var languageInfo: LanguageInfo
    public var banner: String
    /// (text, url) pairs shown in the front end's Help menu.
    public var helpLinks: [(text: String, url: String)]

    public init(implementation: String, implementationVersion: String, languageInfo: LanguageInfo,
                banner: String, helpLinks: [(text: String, url: String)] = []) {
        self.implementation = implementation
        self.implementationVersion = implementationVersion
        self.languageInfo = languageInfo
        self.banner = banner
        self.helpLinks = helpLinks
    }

    /// The reply content.
    var replyContent: JSONValue {
        [
            "status": "ok",
            "protocol_version": .string(Header.protocolVersion),
            "implementation": .string(implementation),
            "implementation_version": .string(implementationVersion),
            "language_info": [
                "name": .string(languageInfo.name),
                "version": .string(languageInfo.version),
                "mimetype": .string(languageInfo.mimetype),
                "file_extension": .string(languageInfo.fileExtension),
                "codemirror_mode": .string(languageInfo.codemirrorMode),
                "pygments_lexer": .string(languageInfo.pygmentsLexer),
            ],
            "banner": .string(banner),
            "debugger": false,
            "help_links": .array(helpLinks.map { ["text": .string($0.text), "url": .string($0.url)] }),
        ]
    }
}
