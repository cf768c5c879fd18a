import ArgumentParser

Raftlab.mainExitingTwoOnUsageErrors()
