"""Agent-based SIS epidemic over household, school/workplace and community layers.

Agents are generated with an age class (child, adult, elder), a household, and for
children a school and for working adults a workplace. Each day, a susceptible agent
escapes infection from every layer independently: (1 - p_home) ** (infected housemates)
* (1 - p_place) ** (infected classmates or colleagues) * (1 - p_comm) ** (community
prevalence scaled). Infected agents recover (back to susceptible) with a fixed daily
probability. Returns the prevalence curve samples, the mean prevalence over the second
half, and cumulative infections per age class.

Keywords: epidemiology, agent-based model, sis, household, school, workplace, layered network, endemic
"""

from dataclasses import dataclass
from typing import List

from cnake_charmer.benchmarks import python_benchmark


@dataclass
class Agent:
    age_class: int
    household: int
    place: int  # school or workplace id, -1 if none
    infected: bool = False


@python_benchmark(args=(6000, 120, 37), cases=[(0, 10, 1), (1, 5, 2), (200, 0, 3), (300, 40, 4)])
def layered_household_school_work_sis(agents_count: int, days: int, seed: int):
    """Return (prevalence every 10 days, mean prevalence of second half, infections per age class)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 7) / 16777216.0

    p_home, p_place, p_comm, p_recover = 0.05, 0.005, 0.08, 0.12
    agents: List[Agent] = []
    household = 0
    while len(agents) < agents_count:
        size = 1 + int(uniform() * 5)
        for _ in range(min(size, agents_count - len(agents))):
            roll = uniform()
            if roll < 0.3:
                agents.append(Agent(0, household, int(uniform() * 20)))
            elif roll < 0.85:
                works = uniform() < 0.8
                agents.append(Agent(1, household, 20 + int(uniform() * 60) if works else -1))
            else:
                agents.append(Agent(2, household, -1))
        household += 1
    for index, agent in enumerate(agents):
        if index % 50 == 0:
            agent.infected = True
    infections_by_class = [0, 0, 0]
    samples = []
    second_half = 0.0
    for day in range(days):
        home_count = [0] * household
        place_count = [0] * 80
        prevalent = 0
        for agent in agents:
            if agent.infected:
                prevalent += 1
                home_count[agent.household] += 1
                if agent.place >= 0:
                    place_count[agent.place] += 1
        if day % 10 == 0:
            samples.append(prevalent)
        if day >= days // 2:
            second_half += prevalent
        community = prevalent / agents_count if agents_count > 0 else 0.0
        for agent in agents:
            if agent.infected:
                if uniform() < p_recover:
                    agent.infected = False
            else:
                escape = (1.0 - p_home) ** home_count[agent.household]
                if agent.place >= 0:
                    escape *= (1.0 - p_place) ** place_count[agent.place]
                escape *= 1.0 - p_comm * community
                if uniform() >= escape:
                    agent.infected = True
                    infections_by_class[agent.age_class] += 1
    half_days = days - days // 2
    mean_late = second_half / (half_days * agents_count) if half_days > 0 and agents_count > 0 else 0.0
    return (samples, mean_late, infections_by_class)
