// swift-tools-version:6.0
import PackageDescription

/// The world, the interpreter and the runtime are generic over the replication engine; with
/// cross-module optimization a release build specializes them where each engine is chosen
/// (the default, conservative CMO leaves generic code unspecialized across modules: 17x slower).
let specializable: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

// Targets mirror ../shared/design/architecture.md: dependencies point one way.
let package = Package(
    name: "raftlab",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "raftlab", targets: ["raftlab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", exact: "1.0.2"),
    ],
    targets: [
        .target(name: "Replication", swiftSettings: specializable),
        .target(name: "Words"),
        .target(name: "Picture", dependencies: ["Replication", "Words"]),
        .target(name: "RaftCore", dependencies: ["Replication"], swiftSettings: specializable),
        .target(name: "KafkaCore", dependencies: ["Replication"], swiftSettings: specializable),
        .target(name: "RaftSim", dependencies: [
            "Replication", "Words", "Picture", "RaftCore", "KafkaCore",
            .product(name: "DequeModule", package: "swift-collections"),
        ], swiftSettings: specializable),
        .target(name: "RaftRuntime", dependencies: ["Picture", "RaftCore", "RaftSim", "Lessons"], swiftSettings: specializable),
        // The lessons travel with the program (issue 10): scenarios/ is copied into Lessons'
        // resource bundle through a symbolic link (a resource must lie inside its target).
        .target(name: "Lessons", dependencies: [
            "Words", "Picture", "RaftCore", "RaftSim",
            .product(name: "Yams", package: "Yams"),
        ], resources: [.process("Catalog/scenarios")], swiftSettings: specializable),
        .target(name: "Screen", dependencies: ["Picture"]),
        // A real etcd cluster as a second source of the picture (issue 14): members, peer relays, polls.
        .target(name: "EtcdSource", dependencies: [
            "Picture", "Words",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "Subprocess", package: "swift-subprocess"),
        ]),
        .target(name: "Fuzzer", dependencies: ["RaftCore", "RaftSim", "Lessons"], swiftSettings: specializable),
        .systemLibrary(name: "CNcurses", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CTerminalRestore", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "Terminal", dependencies: ["Picture", "Screen", "CNcurses", "CTerminalRestore"]),
        .target(name: "MainLoop", dependencies: ["Picture", "Screen", "Terminal", "RaftRuntime", "Lessons"]),
        // asciicast v2 recordings (issue 14): frames as terminal output, live or played headless.
        .target(name: "Recording", dependencies: ["Picture", "Screen", "Terminal", "RaftRuntime", "Lessons", "MainLoop"]),
        .executableTarget(name: "raftlab", dependencies: [
            "Picture", "Words", "RaftCore", "RaftSim", "RaftRuntime", "Lessons", "Screen", "Terminal", "Fuzzer", "MainLoop", "EtcdSource", "Recording",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "TestSupport", dependencies: ["Picture", "Screen", "Terminal", "RaftCore", "RaftSim", "RaftRuntime"],
                path: "Tests/TestSupport"),
        .testTarget(name: "RaftCoreTests", dependencies: ["RaftCore"]),
        .testTarget(name: "EtcdSourceTests", dependencies: ["EtcdSource", "Picture"]),
        .testTarget(name: "KafkaCoreTests", dependencies: ["KafkaCore"]),
        .testTarget(name: "RaftSimTests", dependencies: ["RaftCore", "KafkaCore", "RaftSim", "TestSupport"]),
        .testTarget(name: "RaftRuntimeTests", dependencies: ["Picture", "RaftCore", "RaftSim", "RaftRuntime", "Lessons", "TestSupport"]),
        .testTarget(name: "LessonsTests", dependencies: ["RaftCore", "Lessons", "TestSupport"],
                    exclude: ["etcd"], resources: [.copy("malformed"), .copy("scenarios")]),
        .testTarget(name: "FuzzerTests", dependencies: ["RaftSim", "Lessons", "Fuzzer"]),
        .testTarget(name: "ScreenTests", dependencies: ["Picture", "Screen", "RaftCore", "KafkaCore", "RaftSim", "TestSupport", "EtcdSource"],
                    exclude: ["golden"]),
        .testTarget(name: "CLITests", dependencies: ["Lessons", "TestSupport"]),
        .testTarget(name: "TerminalTests", dependencies: ["Picture", "Screen", "Terminal", "RaftCore", "RaftSim", "RaftRuntime",
                                                         "Lessons", "MainLoop", "TestSupport"]),
        .testTarget(name: "RecordingTests", dependencies: ["Picture", "Screen", "Terminal", "Lessons", "RaftRuntime", "MainLoop",
                                                          "Recording", "TestSupport"],
                    exclude: ["golden", "scenarios"]),
        .testTarget(name: "PlayerTests", dependencies: ["Picture", "Screen", "RaftCore", "KafkaCore", "RaftSim", "Lessons", "RaftRuntime",
                                                       "MainLoop", "TestSupport"]),
    ]
)
