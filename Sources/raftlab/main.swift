import ArgumentParser

Raftlab.main()
