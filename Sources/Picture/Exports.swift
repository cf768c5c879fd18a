// The picture speaks the engine interface's plain vocabulary (node ids, roles, links) and
// raftlab's text (languages, phrases, citations); the screen imports the picture alone.
@_exported import Replication
@_exported import Words
