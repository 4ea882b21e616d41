# Tollgate's image: `tollgate ci` for the GitHub Action and GitLab CI.
# Stage 1 is the project's own Maven build (the one that makes target/tollgate.jar; tests need the
# reference data in ../shared and run in the project's CI instead). Stage 2 is a small JRE 17 image
# with git (tollgate ci reads the base commit with it), running as an unprivileged user.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY src/main ./src/main
RUN mvn -B -q -Dmaven.test.skip=true package

FROM eclipse-temurin:17-jre-alpine
RUN apk add --no-cache git \
 && git config --system --add safe.directory '*' \
 && addgroup -S -g 1001 tollgate \
 && adduser -S -D -H -u 1001 -G tollgate -h /tmp tollgate
COPY --from=build /src/target/tollgate.jar /opt/tollgate/tollgate.jar
# 1001 is also the runner user's id on GitHub-hosted runners, so the mounted workspace is readable
# and GITHUB_OUTPUT writable without root.
USER 1001:1001
ENV HOME=/tmp
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-jar", "/opt/tollgate/tollgate.jar", "ci"]
