#include "curate/status.h"

namespace dspt::curate {

std::string_view status_label(Status s) {
    switch (s) {
        case Status::NotPublished:
            return "Not Published";
        case Status::StandardsNotMet:
            return "Standards Not Met";
        case Status::ApproachingStandards:
            return "Approaching Standards";
        case Status::StandardsMet:
            return "Standards Met";
        case Status::StandardsExceeded:
            return "Standards Exceeded";
    }
    return "Not Published";
}

std::string_view status_short_label(Status s) {
    switch (s) {
        case Status::NotPublished:
            return "Not Published";
        case Status::StandardsNotMet:
            return "Not Met";
        case Status::ApproachingStandards:
            return "Approaching";
        case Status::StandardsMet:
            return "Met";
        case Status::StandardsExceeded:
            return "Exceeded";
    }
    return "Not Published";
}

std::string_view status_key(Status s) {
    switch (s) {
        case Status::NotPublished:
            return "not_published";
        case Status::StandardsNotMet:
            return "standards_not_met";
        case Status::ApproachingStandards:
            return "approaching_standards";
        case Status::StandardsMet:
            return "standards_met";
        case Status::StandardsExceeded:
            return "standards_exceeded";
    }
    return "not_published";
}

int status_score(Status s) {
    switch (s) {
        case Status::StandardsExceeded:
            return 3;
        case Status::StandardsMet:
            return 1;
        case Status::ApproachingStandards:
            return -1;
        case Status::StandardsNotMet:
            return -3;
        case Status::NotPublished:
            return -3;
    }
    return -3;
}

std::string_view sector_label(Sector s) {
    switch (s) {
        case Sector::NhsTrust:
            return "NHS Trust";
        case Sector::Icb:
            return "Integrated Care Board (ICB)";
        case Sector::Csu:
            return "Commissioning Support Unit (CSU)";
    }
    return "NHS Trust";
}

std::string_view sector_short_label(Sector s) {
    switch (s) {
        case Sector::NhsTrust:
            return "NHS Trust";
        case Sector::Icb:
            return "ICB";
        case Sector::Csu:
            return "CSU";
    }
    return "NHS Trust";
}

}  // namespace dspt::curate
