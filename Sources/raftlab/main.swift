print("raftlab")
