# Albatross: one jar, every role. `make run` for the single process in memory, `make test` for everything.
SHELL := /bin/bash
JAR := verticles/target/albatross.jar
MVN := ./mvnw -B -q
# The JVM options of the default mode, here and in the image (docker/Dockerfile's JDK_JAVA_OPTIONS):
# holding 100,000 PIREPs it stays under 256 MiB of RSS with them, and with the client compiler alone
# (TieredStopAtLevel=1) a start costs about half the CPU time: the replay runs before C2 would pay off
# (docs/benchmarks.md).
JAVA_OPTS := -Xmx112m -XX:+UseSerialGC -XX:TieredStopAtLevel=1
COMPOSE := docker compose -f docker-compose.infra.yml -f docker-compose.application.yml

.PHONY: build ui airports run java-opts test test-ui e2e chaos bench services compose-check compose-smoke docker-check up down clean

build: ui airports
	$(MVN) package -DskipTests

ui: ui/node_modules
	cd ui && npm run build

ui/node_modules: ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund
	touch ui/node_modules

# The airport database the jar carries; committed too, so a plain ./mvnw build finds it (airports/NOTICE).
airports: airports/airports.tsv.gz

airports/airports.tsv.gz: airports/build.mjs airports/package-lock.json
	cd airports && npm ci --no-audit --no-fund && node build.mjs

$(JAR):
	$(MAKE) build

run: $(JAR)
	java $(JAVA_OPTS) -jar $(JAR)

java-opts:
	@echo $(JAVA_OPTS)

services:
	scripts/ensure-services.sh

test: services compose-check docker-check ui airports
	./mvnw -B install
	$(MAKE) test-ui e2e compose-smoke

# Validates both Compose files with Debian's docker-compose (there may be no Docker engine to run them).
compose-check:
	command -v docker-compose >/dev/null || { apt-get update -qq && apt-get install -y -qq docker-compose; }
	ALBATROSS_JWT_SECRET=compose-check-secret-of-32-characters docker-compose \
	  -f docker-compose.infra.yml -f docker-compose.application.yml config -q

# The Compose worker and gateway, each the jar with its rendered environment, on the local services:
# health, sign-in, an airline, a pilot, a PIREP filed, read back and heard live (20 to 30 s).
compose-smoke: compose-check ui/node_modules $(JAR)
	node scripts/compose-smoke.mjs $(JAR)

# Lints docker/Dockerfile against the repository, .dockerignore and the UI's Node requirement.
docker-check: ui/node_modules
	node scripts/check-dockerfile.mjs

test-ui: ui/node_modules
	cd ui && npm test

e2e: $(JAR)
	ui/e2e/run.sh $(JAR)

# Every fault scenario on the real services (it restarts RabbitMQ, Redis and PostgreSQL), then a summary line.
chaos: services ui airports
	./mvnw -B verify -pl domain,verticles -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
	  -Dit.test=ChaosIT | tee target-chaos.log; status=$${PIPESTATUS[0]}; \
	grep -E '^chaos ' target-chaos.log; \
	scripts/chaos-summary.sh verticles/target/failsafe-reports; exit $$status

# Every hot path against a floor measured in the same run; writes bench/results/latest.json.
bench: services
	bench/run.sh

up:
	$(COMPOSE) up -d --build

down:
	$(COMPOSE) down

clean:
	$(MVN) clean
	rm -rf ui/dist
