// The fuzzer: random schedules run through the scenario interpreter.
