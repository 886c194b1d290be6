// Placeholder until the CLI lands; keeps the build whole.
#include <cstdio>
int main() {
    std::puts("dspt-report " DSPT_VERSION);
    return 0;
}
