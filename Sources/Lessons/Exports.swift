// What a user of the scenario format also needs: TEXT (Words) and the world it runs (RaftSim).
@_exported import RaftSim
@_exported import Words
